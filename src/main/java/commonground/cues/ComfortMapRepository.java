package commonground.cues;

import commonground.storage.sync.SyncedTable;

import commonground.storage.SealedColumn;
import commonground.storage.Database;
import commonground.storage.SealedTextException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Each person's comfort map: what they engage with, decline, enjoy, and what helps. */
public final class ComfortMapRepository {

    /** Each line of a comfort map. */
    public static final SyncedTable SYNC = SyncedTable.of("comfort_item").freeText("text");

    private final Database db;

    public ComfortMapRepository(Database db) {
        this.db = db;
    }

    public ComfortMap load(long personId) {
        return db.read(c -> {
            Map<ComfortList, List<String>> lists = new EnumMap<>(ComfortList.class);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT list, text, id FROM comfort_item WHERE person_id = ? ORDER BY list, position, id")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        try {
                            String text = db.open(SealedColumn.COMFORT_ITEM, rs.getLong(3), rs, 2);
                            lists.computeIfAbsent(ComfortList.valueOf(rs.getString(1)), k -> new ArrayList<>()).add(text);
                        } catch (SealedTextException e) {
                            db.reportUnreadable(e); // Left out; the rest of the map still shows.
                        }
                    }
                }
            }
            return new ComfortMap(lists);
        });
    }

    /**
     * Saves the whole map for a person in one transaction. Entries that were there before keep
     * their uuid, so exports stay stable.
     */
    public void save(long personId, ComfortMap map) {
        for (ComfortList list : ComfortList.values()) {
            List<String> items = map.get(list);
            if (items.size() > ComfortList.MAX_ITEMS
                    || items.stream().anyMatch(s -> s.isBlank() || s.strip().length() > ComfortList.MAX_ITEM)) {
                throw new IllegalArgumentException("Each entry needs a few words, up to " + ComfortList.MAX_ITEM
                        + " characters, and each list holds up to " + ComfortList.MAX_ITEMS + " entries.");
            }
        }
        db.write(c -> {
            Map<String, String> uuids = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT list, text, uuid, id FROM comfort_item WHERE person_id = ?")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        uuids.put(rs.getString(1) + "\n" + db.open(SealedColumn.COMFORT_ITEM, rs.getLong(4), rs, 2),
                                rs.getString(3));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM comfort_item WHERE person_id = ?")) {
                ps.setLong(1, personId);
                ps.executeUpdate();
            }
            String now = db.now();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO comfort_item (uuid, person_id, list, "
                    + "position, text, created_at, id) VALUES (?,?,?,?,?,?,?)")) {
                for (ComfortList list : ComfortList.values()) {
                    List<String> items = map.get(list);
                    for (int i = 0; i < items.size(); i++) {
                        String text = items.get(i).strip();
                        String uuid = uuids.remove(list.name() + "\n" + text);
                        ps.setString(1, uuid == null ? UUID.randomUUID().toString() : uuid);
                        ps.setLong(2, personId);
                        ps.setString(3, list.name());
                        ps.setInt(4, i);
                        long id = Database.nextId(c, "comfort_item");
                        ps.setObject(5, db.seal(SealedColumn.COMFORT_ITEM, id, text));
                        ps.setString(6, now);
                        ps.setLong(7, id);
                        ps.executeUpdate();
                    }
                }
            }
            return null;
        });
    }
}
