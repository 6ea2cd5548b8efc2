package commonground.reflection;

import commonground.people.PeopleRepository;
import commonground.storage.Database;
import commonground.storage.TestClock;
import commonground.people.Person;
import commonground.people.Relationship;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Needs check-ins and the needs map, round-tripped through a real database file. */
class NeedsRepositoryTest {

    @TempDir
    Path dir;
    TestClock clock = TestClock.at("2026-11-20T18:00:00Z");
    Database db;
    NeedsRepository needs;
    PeopleRepository people;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("common-ground.db"), clock);
        needs = new NeedsRepository(db);
        people = new PeopleRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void checkInsRoundTripAndMakeAHistoryPerNeed() throws Exception {
        Map<String, Integer> first = new LinkedHashMap<>();
        first.put("closeness", 1);
        first.put("rest", 3);
        NeedsCheckIn saved = needs.addCheckIn(first, "  A quiet week, ça va  ");
        assertEquals(first, saved.ratings());
        assertEquals("A quiet week, ça va", saved.note());
        clock.advance(Duration.ofMinutes(5));
        needs.addCheckIn(Map.of("closeness", 3), "");

        List<NeedsCheckIn> all = needs.checkIns(10);
        assertEquals(2, all.size());
        assertEquals(Map.of("closeness", 3), all.get(0).ratings());
        assertEquals(List.of(1, 3), needs.history("closeness").stream().map(RatingPoint::rating).toList());
        assertEquals(List.of(3), needs.history("rest").stream().map(RatingPoint::rating).toList());
        assertTrue(needs.history("play").isEmpty());
    }

    @Test
    void badCheckInsAreRefusedWithAMessageAndNothingIsWritten() {
        assertThrows(IllegalArgumentException.class, () -> needs.addCheckIn(Map.of(), ""));
        assertThrows(IllegalArgumentException.class, () -> needs.addCheckIn(Map.of("rest", 5), ""));
        assertThrows(IllegalArgumentException.class, () -> needs.addCheckIn(Map.of("rest", 2), "x".repeat(5001)));
        assertTrue(needs.checkIns(10).isEmpty());
    }

    @Test
    void theNeedsMapHoldsPeoplePlacesAndActivities() {
        Person sam = people.add("Sam", Relationship.FRIEND, "");
        needs.addSource("companionship", SourceKind.ACTIVITY, null, "Choir on Thursdays");
        needs.addSource("companionship", SourceKind.PERSON, sam.id(), null);
        NeedSource park = needs.addSource("companionship", SourceKind.PLACE, null, " The park café ");
        needs.addSource("quiet", SourceKind.PLACE, null, "Library");

        List<NeedSource> list = needs.sources("companionship");
        assertEquals(List.of("Sam", "The park café", "Choir on Thursdays"), list.stream().map(NeedSource::label).toList());
        assertEquals(sam.id(), list.get(0).personId());

        people.update(sam.id(), "Samira", Relationship.FRIEND, "");
        assertEquals("Samira", needs.sources("companionship").get(0).label());

        needs.removeSource(park.id());
        assertEquals(2, needs.sources("companionship").size());
        assertEquals(1, needs.sources("quiet").size());
        assertThrows(IllegalArgumentException.class, () -> needs.addSource("quiet", SourceKind.PLACE, null, " "));
        assertThrows(IllegalArgumentException.class, () -> needs.addSource("quiet", SourceKind.PERSON, null, "x"));
    }

    @Test
    void peopleCountAndDeleteTheirPlacesInTheNeedsMap() {
        Person sam = people.add("Sam", Relationship.FRIEND, "");
        needs.addSource("companionship", SourceKind.PERSON, sam.id(), null);
        assertEquals(Map.of("need_source", 1), people.recordCounts(sam.id()));
        people.deleteWithRecords(sam.id());
        assertTrue(needs.sources("companionship").isEmpty());
    }
}
