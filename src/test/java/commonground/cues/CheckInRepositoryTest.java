package commonground.cues;

import commonground.people.PeopleRepository;
import commonground.storage.DatabaseDiagnostics;
import commonground.storage.Database;
import commonground.people.Person;
import commonground.people.Relationship;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Check-ins against a real SQLite file: saving, editing, deleting, and the weekly counts. */
class CheckInRepositoryTest {

    @TempDir
    Path dir;
    Database db;
    CheckInRepository checkIns;
    CheckInHistoryRepository history;
    Person mum;
    Person theo;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("common-ground.db"));
        checkIns = new CheckInRepository(db);
        history = new CheckInHistoryRepository(db);
        PeopleRepository people = new PeopleRepository(db);
        mum = people.add("Mum", Relationship.PARENT, "");
        theo = people.add("Theo", Relationship.FRIEND, "");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static CheckInCue cue(String key, CueCategory category, Integer intensity) {
        return new CheckInCue(key, category, "seen " + key, intensity);
    }

    @Test
    void aCheckInIsSavedEditedAndDeletedWithItsCues() {
        Instant when = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        CheckIn saved = checkIns.add(new CheckInDraft(mum.id(), when, "Cooking dinner", "cooking",
                List.of(cue("going-quiet", CueCategory.VOICE, 2), cue("relaxed-laugh", CueCategory.COMFORT, null)),
                "note", "I sat with her."));
        assertEquals(when, saved.happenedAt());
        assertEquals(2, saved.draft().cues().size());
        assertEquals(2, saved.draft().cues().get(0).intensity());

        CheckIn edited = checkIns.update(saved.id(), new CheckInDraft(mum.id(), when, "Cooking", null,
                List.of(cue("tearing-up", CueCategory.FACE, 3)), "", "It went well."));
        assertEquals(List.of("tearing-up"), edited.draft().cues().stream().map(CheckInCue::cueKey).toList());
        assertEquals(null, edited.draft().activity());
        assertEquals(saved.uuid(), edited.uuid());

        checkIns.delete(saved.id());
        assertTrue(checkIns.forPerson(mum.id()).isEmpty());
        assertEquals(0L, new DatabaseDiagnostics(db).rowCounts().get("check_in_cue"));
    }

    @Test
    void anEmptyOrOversizedCheckInIsRefusedAndNothingIsSaved() {
        Instant when = Instant.now().minusSeconds(60);
        assertThrows(IllegalArgumentException.class, () -> checkIns.add(
                new CheckInDraft(mum.id(), when, "", null, List.of(), " ", "")));
        assertThrows(IllegalArgumentException.class, () -> checkIns.add(
                new CheckInDraft(mum.id(), when, "", null, List.of(), "x".repeat(CheckInDraft.MAX_TEXT + 1), "")));
        assertThrows(IllegalArgumentException.class, () -> checkIns.add(new CheckInDraft(mum.id(),
                Instant.now().plus(2, ChronoUnit.DAYS), "", null, List.of(cue("a", CueCategory.FACE, null)), "", "")));
        assertEquals(0L, new DatabaseDiagnostics(db).rowCounts().get("check_in"));
    }

    @Test
    void weeklyCountsMatchASeededHistoryCountedIndependently() {
        Random random = new Random(7);
        CueCategory[] categories = CueCategory.values();
        Map<String, Map<CueCategory, Integer>> expected = new TreeMap<>();
        Instant start = Instant.now().minus(70, ChronoUnit.DAYS);
        for (int i = 0; i < 60; i++) {
            Instant when = start.plus(random.nextInt(69 * 24), ChronoUnit.HOURS);
            List<CheckInCue> cues = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int k = 0; k < n; k++) {
                CueCategory category = categories[random.nextInt(categories.length)];
                cues.add(cue("cue-" + k, category, null));
            }
            long person = i % 5 == 0 ? theo.id() : mum.id();
            checkIns.add(new CheckInDraft(person, when, "", i % 2 == 0 ? "walk" : "Cards", cues, "", ""));
            if (person == mum.id()) {
                var date = when.atZone(ZoneId.systemDefault()).toLocalDate();
                String week = String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                for (CheckInCue c : cues) {
                    expected.computeIfAbsent(week, w -> new TreeMap<>()).merge(c.category(), 1, Integer::sum);
                }
            }
        }
        Map<String, Map<CueCategory, Integer>> actual = new TreeMap<>();
        for (WeekCount wc : history.weeklyCategoryCounts(mum.id())) {
            actual.computeIfAbsent(wc.week(), w -> new TreeMap<>()).put(wc.category(), wc.count());
        }
        assertEquals(expected, actual);
    }

    @Test
    void activitiesShowHowOftenSignsOfComfortCameWithThem() {
        Instant when = Instant.now().minus(3, ChronoUnit.DAYS);
        checkIns.add(new CheckInDraft(mum.id(), when, "", "Gardening",
                List.of(cue("lingering", CueCategory.COMFORT, null), cue("relaxed-laugh", CueCategory.COMFORT, 2)),
                "", ""));
        checkIns.add(new CheckInDraft(mum.id(), when.plusSeconds(60), "", "gardening",
                List.of(cue("going-quiet", CueCategory.VOICE, null)), "", ""));
        checkIns.add(new CheckInDraft(mum.id(), when.plusSeconds(120), "", "Phone call",
                List.of(cue("shorter-answers", CueCategory.VOICE, null)), "", ""));
        checkIns.add(new CheckInDraft(theo.id(), when, "", "Football",
                List.of(cue("lingering", CueCategory.COMFORT, null)), "", ""));
        List<ActivityComfort> rows = history.activityComfort(mum.id());
        assertEquals(List.of(new ActivityComfort("Gardening", 2, 1), new ActivityComfort("Phone call", 1, 0)), rows);
        assertEquals(3, history.activities().size());
        assertEquals(List.of("Mum", "Mum", "Mum", "Theo"), history.recent(10).stream()
                .map(commonground.cues.RecentCheckIn::personName).sorted().toList());
    }

    @Test
    void deletingAPersonWithRecordsRemovesTheirCheckIns() {
        checkIns.add(new CheckInDraft(theo.id(), Instant.now().minusSeconds(5), "", null,
                List.of(cue("a", CueCategory.FACE, null)), "", ""));
        PeopleRepository people = new PeopleRepository(db);
        assertEquals(Map.of("check_in", 1), people.recordCounts(theo.id()));
        people.deleteWithRecords(theo.id());
        assertEquals(0L, new DatabaseDiagnostics(db).rowCounts().get("check_in_cue"));
    }
}
