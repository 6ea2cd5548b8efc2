package commonground.cues;

import commonground.people.PeopleRepository;
import commonground.storage.Database;
import commonground.people.Person;
import commonground.people.Relationship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A person's comfort map round-trips through the database file, across a reopen. */
class ComfortMapRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void theComfortMapRoundTripsThroughTheDatabase() throws Exception {
        Path file = dir.resolve("common-ground.db");
        ComfortMap map = new ComfortMap(Map.of(
                ComfortList.ENGAGES, List.of("Football", "Old films"),
                ComfortList.DECLINES, List.of("Her sister", "Work"),
                ComfortList.ENJOYS, List.of("Gardening"),
                ComfortList.HELPS, List.of("Tea", "Walking side by side", "Time alone after visits")));
        long personId;
        long otherId;
        try (Database db = Database.open(file)) {
            PeopleRepository people = new PeopleRepository(db);
            Person mum = people.add("Mum", Relationship.PARENT, "");
            Person theo = people.add("Theo", Relationship.FRIEND, "");
            personId = mum.id();
            otherId = theo.id();
            ComfortMapRepository repo = new ComfortMapRepository(db);
            assertEquals(ComfortMap.empty(), repo.load(personId));
            repo.save(personId, map);
            repo.save(otherId, new ComfortMap(Map.of(ComfortList.HELPS, List.of("Music"))));
        }
        try (Database db = Database.open(file)) {
            ComfortMapRepository repo = new ComfortMapRepository(db);
            assertEquals(map, repo.load(personId));
            assertEquals(List.of("Music"), repo.load(otherId).get(ComfortList.HELPS));

            String uuidOfTea = (String) uuidOf(db, "Tea");
            ComfortMap fewer = new ComfortMap(Map.of(ComfortList.HELPS, List.of("Tea")));
            repo.save(personId, fewer);
            assertEquals(fewer, repo.load(personId));
            assertEquals(uuidOfTea, uuidOf(db, "Tea"));
            assertThrows(IllegalArgumentException.class, () -> repo.save(personId,
                    new ComfortMap(Map.of(ComfortList.HELPS, List.of("x".repeat(ComfortList.MAX_ITEM + 1))))));
            assertEquals(fewer, repo.load(personId));
        }
    }

    private static Object uuidOf(Database db, String text) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT uuid FROM comfort_item WHERE text = ? AND list = 'HELPS' "
                    + "AND person_id = (SELECT min(id) FROM person)")) {
                ps.setString(1, text);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }
}
