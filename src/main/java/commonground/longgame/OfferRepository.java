package commonground.longgame;

import commonground.storage.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

/** Which gentle offers were already made for each person, so each is made once. */
public final class OfferRepository {

    /** The reflection on stepping back: grieving the limits, and where else needs can be met. */
    public static final String STEP_BACK = "STEP_BACK";

    private final Database db;

    public OfferRepository(Database db) {
        this.db = db;
    }

    public boolean made(long personId, String offer) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM long_game_offer WHERE person_id = ? "
                    + "AND offer = ?")) {
                ps.setLong(1, personId);
                ps.setString(2, offer);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Notes the offer as made; making it again changes nothing. */
    public void markMade(long personId, String offer) {
        String now = db.now();
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO long_game_offer (uuid, person_id, "
                    + "offer, made_at) VALUES (?,?,?,?)")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setLong(2, personId);
                ps.setString(3, offer);
                ps.setString(4, now);
                return ps.executeUpdate();
            }
        });
    }
}
