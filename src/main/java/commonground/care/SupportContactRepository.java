package commonground.care;

import commonground.storage.sync.SyncedTable;
import commonground.storage.Database;
import commonground.storage.SealedTextException;
import commonground.storage.SealedColumn;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The people the user can call, from the Help page. Name and number are sealed when the
 * passphrase lock is on, so the list is ordered here, after opening, rather than in SQL.
 */
public final class SupportContactRepository {

    /** The people the user can call. */
    public static final SyncedTable SYNC = SyncedTable.of("support_contact").freeText("name", "number")
            .editedAt("updated_at");

    private final Database db;

    public SupportContactRepository(Database db) {
        this.db = db;
    }

    /** Everyone, by name. */
    public List<SupportContact> all() {
        List<SupportContact> list = db.read(c -> {
            List<SupportContact> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, number FROM support_contact");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    try {
                        out.add(new SupportContact(id, db.open(SealedColumn.SUPPORT_CONTACT_NAME, id, rs, 2),
                                db.open(SealedColumn.SUPPORT_CONTACT_NUMBER, id, rs, 3)));
                    } catch (SealedTextException e) {
                        db.reportUnreadable(e); // Left out; the other people to call still show.
                    }
                }
            }
            return out;
        });
        list.sort(Comparator.comparing((SupportContact s) -> s.name().toLowerCase()).thenComparing(SupportContact::id));
        return list;
    }

    public SupportContact add(String name, String number) {
        check(name, number);
        String now = Instant.now().toString();
        long id = db.write(c -> {
            long next = Database.nextId(c, "support_contact");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO support_contact (id, uuid, name, number, "
                    + "created_at, updated_at) VALUES (?,?,?,?,?,?)")) {
                ps.setLong(1, next);
                ps.setString(2, UUID.randomUUID().toString());
                ps.setObject(3, db.seal(SealedColumn.SUPPORT_CONTACT_NAME, next, name.strip()));
                ps.setObject(4, db.seal(SealedColumn.SUPPORT_CONTACT_NUMBER, next, number.strip()));
                ps.setString(5, now);
                ps.setString(6, now);
                ps.executeUpdate();
                return next;
            }
        });
        return new SupportContact(id, name.strip(), number.strip());
    }

    public SupportContact update(long id, String name, String number) {
        check(name, number);
        int changed = db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE support_contact SET name = ?, number = ?, updated_at = ? WHERE id = ?")) {
                ps.setObject(1, db.seal(SealedColumn.SUPPORT_CONTACT_NAME, id, name.strip()));
                ps.setObject(2, db.seal(SealedColumn.SUPPORT_CONTACT_NUMBER, id, number.strip()));
                ps.setString(3, Instant.now().toString());
                ps.setLong(4, id);
                return ps.executeUpdate();
            }
        });
        if (changed == 0) {
            throw new IllegalArgumentException("This person is no longer in the list.");
        }
        return new SupportContact(id, name.strip(), number.strip());
    }

    public void remove(long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM support_contact WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    private static void check(String name, String number) {
        String problem = SupportContactCheck.nameProblem(name);
        if (problem == null) {
            problem = SupportContactCheck.numberProblem(number);
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }
}
