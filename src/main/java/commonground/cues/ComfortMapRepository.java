package commonground.cues;

import commonground.storage.sync.ConflictCopies;
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
        save(personId, map, null);
    }

    /** What a save kept: the map as written, and {@code changedElsewhere} when another computer's changes were kept in it. */
    public record Saved(ComfortMap map, boolean changedElsewhere) {
    }

    /**
     * As {@link #save(long, ComfortMap)}, the user having changed {@code base} (the map as the page
     * last read or saved it; null to skip the check) into {@code map}: what another computer did to
     * the map meanwhile is kept in the same write. An entry it added stays in its list (one that no
     * longer fits is kept as a conflict copy, listed on the Sync page); an entry it took away stays
     * away unless it was added here again. Nothing typed on either computer is dropped unseen.
     */
    public Saved save(long personId, ComfortMap map, ComfortMap base) {
        for (ComfortList list : ComfortList.values()) {
            List<String> items = map.get(list);
            if (items.size() > ComfortList.MAX_ITEMS
                    || items.stream().anyMatch(s -> s.isBlank() || s.strip().length() > ComfortList.MAX_ITEM)) {
                throw new IllegalArgumentException("Each entry needs a few words, up to " + ComfortList.MAX_ITEM
                        + " characters, and each list holds up to " + ComfortList.MAX_ITEMS + " entries.");
            }
        }
        return db.write(c -> {
            Map<String, String> uuids = new HashMap<>();
            Map<ComfortList, List<String>> there = new EnumMap<>(ComfortList.class);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT list, text, uuid, id FROM comfort_item WHERE person_id = ? ORDER BY list, position, id")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String text = db.open(SealedColumn.COMFORT_ITEM, rs.getLong(4), rs, 2);
                        uuids.put(rs.getString(1) + "\n" + text, rs.getString(3));
                        there.computeIfAbsent(ComfortList.valueOf(rs.getString(1)), k -> new ArrayList<>()).add(text);
                    }
                }
            }
            boolean elsewhere = false;
            ComfortMap merged = map;
            if (base != null) {
                Map<ComfortList, List<String>> lists = new EnumMap<>(ComfortList.class);
                for (ComfortList list : ComfortList.values()) {
                    List<String> now = there.getOrDefault(list, List.of());
                    List<String> was = base.get(list);
                    List<String> items = new ArrayList<>();
                    for (String item : map.get(list)) {
                        if (was.contains(item.strip()) && !now.contains(item.strip())) {
                            elsewhere = true; // taken away on another computer, and not added here again
                        } else {
                            items.add(item);
                        }
                    }
                    for (String item : now) {
                        if (was.contains(item) || items.stream().anyMatch(i -> i.strip().equalsIgnoreCase(item))) {
                            continue;
                        }
                        elsewhere = true; // added on another computer while this page was open
                        if (items.size() < ComfortList.MAX_ITEMS) {
                            items.add(item);
                        } else {
                            ConflictCopies.keep(db, c, "comfort_item", uuids.get(list.name() + "\n" + item), "text",
                                    item, db.clock().instant());
                        }
                    }
                    lists.put(list, items);
                }
                merged = new ComfortMap(lists);
            }
            ComfortMap toWrite = merged;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM comfort_item WHERE person_id = ?")) {
                ps.setLong(1, personId);
                ps.executeUpdate();
            }
            String now = db.now();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO comfort_item (uuid, person_id, list, "
                    + "position, text, created_at, id) VALUES (?,?,?,?,?,?,?)")) {
                for (ComfortList list : ComfortList.values()) {
                    List<String> items = toWrite.get(list);
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
            return new Saved(toWrite, elsewhere);
        });
    }
}
