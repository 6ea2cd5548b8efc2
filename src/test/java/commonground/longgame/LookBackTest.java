package commonground.longgame;

import commonground.people.Person;
import commonground.reflection.NeedsRepository;
import commonground.shell.DatabaseThread;
import commonground.shell.Navigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The look-back for a seeded profile at a fixed time: its figures match what the database holds,
 * its sentences say it plainly, its Markdown holds the same, and the reflection on stepping back is
 * offered once, after about three months.
 */
class LookBackTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path dir;
    private LongGameFixture f;
    private Person dad;
    private Person sam;
    private final List<String> shown = new ArrayList<>();
    private final List<LookBackSeries> more = new ArrayList<>();

    @BeforeEach
    void seed() throws Exception {
        f = new LongGameFixture(dir, "2026-08-01T12:00:00Z", LONDON);
        dad = f.person("Dad");
        sam = f.person("Sam");
        NeedsRepository needs = new NeedsRepository(f.db);
        // September: two check-ins, one with comfort. October: three, two with comfort (3 signs).
        f.checkIn(dad, "2026-09-10T12:00:00Z", "cooking", 0);
        f.checkIn(dad, "2026-09-20T12:00:00Z", "walking", 1);
        f.checkIn(dad, "2026-10-05T12:00:00Z", "walking", 2);
        f.checkIn(dad, "2026-10-15T12:00:00Z", null, 1);
        f.checkIn(dad, "2026-10-25T12:00:00Z", "driving", 0);
        // November: one check-in, three good moments all on walks; Sam has one of his own.
        f.checkIn(dad, "2026-11-12T12:00:00Z", "walking", 3);
        f.clock.set(Instant.parse("2026-11-28T12:00:00Z"));
        f.moments.add(dad.id(), LocalDate.of(2026, 11, 3), "He pointed out a heron", "walking", "No questions");
        f.moments.add(dad.id(), LocalDate.of(2026, 11, 14), "We laughed", "Walking", "");
        f.moments.add(dad.id(), LocalDate.of(2026, 11, 22), "He hummed", "walking ", "");
        f.moments.add(dad.id(), LocalDate.of(2026, 10, 2), "Tea together", "", "");
        f.moments.add(sam.id(), LocalDate.of(2026, 11, 5), "Sam's moment", "gaming", "");
        f.checkIn(sam, "2026-11-20T12:00:00Z", null, 1);
        // The user's own needs: October 2 and 3 (average 2.5); November 4 and 2 (3.0 and 1.0: 2.0).
        f.clock.set(Instant.parse("2026-10-12T12:00:00Z"));
        needs.addCheckIn(Map.of("closeness", 2, "warmth", 2), "");
        f.clock.set(Instant.parse("2026-10-20T12:00:00Z"));
        needs.addCheckIn(Map.of("closeness", 3), "");
        f.clock.set(Instant.parse("2026-11-10T12:00:00Z"));
        needs.addCheckIn(Map.of("closeness", 4, "warmth", 2), "");
        f.clock.set(Instant.parse("2026-11-25T12:00:00Z"));
        needs.addCheckIn(Map.of("closeness", 1), "");
        // Now: Tuesday 1 December 2026.
        f.clock.set(Instant.parse("2026-12-01T10:00:00Z"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private LookBackViewModel model() {
        return new LookBackViewModel(f.people, new LookBackRepository(f.db), new OfferRepository(f.db), more,
                DatabaseThread.sameThread(), new Navigator() {
                    @Override
                    public void show(String moduleId) {
                        shown.add(moduleId);
                    }

                    @Override
                    public void show(String moduleId, String target) {
                        shown.add(moduleId + " " + target);
                    }
                }, f.clock);
    }

    /** Month -> {check-ins, with comfort, comfort signs, good moments} straight from the database. */
    private Map<YearMonth, int[]> fromTheDatabase(long personId) {
        return f.db.read(c -> {
            Map<YearMonth, int[]> m = new HashMap<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT substr(ci.happened_at, 1, 7), count(*), "
                    + "sum((SELECT count(*) FROM check_in_cue cc WHERE cc.check_in_id = ci.id AND cc.category = 'COMFORT') > 0), "
                    + "sum((SELECT count(*) FROM check_in_cue cc WHERE cc.check_in_id = ci.id AND cc.category = 'COMFORT')) "
                    + "FROM check_in ci WHERE ci.person_id = " + personId + " GROUP BY 1")) {
                while (rs.next()) {
                    int[] row = m.computeIfAbsent(YearMonth.parse(rs.getString(1)), k -> new int[4]);
                    row[0] = rs.getInt(2);
                    row[1] = rs.getInt(3);
                    row[2] = rs.getInt(4);
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT substr(happened_on, 1, 7), count(*) "
                    + "FROM good_moment WHERE person_id = " + personId + " GROUP BY 1")) {
                while (rs.next()) {
                    m.computeIfAbsent(YearMonth.parse(rs.getString(1)), k -> new int[4])[3] = rs.getInt(2);
                }
            }
            return m;
        });
    }

    @Test
    void theMonthsFiguresMatchTheDatabase() {
        LookBackViewModel model = model();
        model.reload();
        assertEquals("Dad", model.personProperty().get().name());
        List<MonthFigures> months = model.months();
        assertEquals(List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11),
                YearMonth.of(2026, 12)), months.stream().map(MonthFigures::month).toList(), "up to this month");
        Map<YearMonth, int[]> db = fromTheDatabase(dad.id());
        for (MonthFigures m : months) {
            int[] expected = db.getOrDefault(m.month(), new int[4]);
            assertEquals(expected[0], m.checkIns(), m.month() + " check-ins");
            assertEquals(expected[1], m.checkInsWithComfort(), m.month() + " with comfort");
            assertEquals(expected[2], m.comfortSigns(), m.month() + " signs");
            assertEquals(expected[3], m.goodMoments(), m.month() + " good moments");
        }
        assertEquals(3, months.get(1).checkIns());
        assertEquals(2.5, months.get(1).needsAverage(), 1e-9);
        assertEquals(2.0, months.get(2).needsAverage(), 1e-9);
        assertNull(months.get(0).needsAverage());
        assertTrue(months.get(3).isEmpty());
    }

    @Test
    void aFewPlainSentencesSayWhatTheFiguresSay() {
        LookBackViewModel model = model();
        model.reload();
        assertEquals(List.of("Three good moments in November, all tagged walking.",
                "Six check-ins since the start of September, with signs of comfort in four.",
                "In November, your own needs (across your whole life, not only with this person) felt met about 2.0 out of 4, on average. Your needs matter too."),
                model.sentences());
        model.personProperty().set(sam);
        assertEquals("One good moment in November, tagged gaming.", model.sentences().get(0));
    }

    @Test
    void theMarkdownHoldsTheSentencesAndTheMonthsNewestFirstAndIsSavedAsIs() throws Exception {
        more.add(new LookBackSeries() {
            @Override
            public String name() {
                return "Steps taken";
            }

            @Override
            public List<LocalDate> days(long personId) {
                return personId == dad.id() ? List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 9)) : List.of();
            }
        });
        LookBackViewModel model = model();
        model.reload();
        String md = model.markdownProperty().get();
        assertTrue(md.startsWith("# Looking back: Dad\n\nThree good moments in November, all tagged walking.\n"), md);
        assertTrue(md.contains("| November 2026 | 1 | 1 | 3 | 3 | 2.0 | 0 |"), md);
        assertTrue(md.contains("| October 2026 | 3 | 2 | 3 | 1 | 2.5 | 2 |"), md);
        assertTrue(md.indexOf("November 2026") < md.indexOf("October 2026"), "newest first");
        assertEquals(2, model.months().get(1).more().get("Steps taken"), "the hook's series is counted by month");
        Path file = dir.resolve("look-back.md");
        model.saveMarkdown(file);
        assertEquals(md, Files.readString(file));
        model.saveMarkdown(dir);
        assertTrue(model.messageProperty().get().startsWith("The look-back could not be saved there"),
                model.messageProperty().get());
    }

    @Test
    void afterAboutThreeMonthsTheReflectionOnSteppingBackIsOfferedOnceAndLinksToWhereNeedsAreMet() {
        f.clock.set(Instant.parse("2026-12-15T10:00:00Z")); // 96 days after the first check-in
        LookBackViewModel model = model();
        model.reload();
        assertTrue(model.stepBackProperty().get(), "first check-in 10 September, check-ins in three months");
        assertFalse(StepBack.TEXT.toLowerCase().contains("fail"), "never suggests the user failed");
        model.openWhereNeedsAreMet();
        assertEquals(List.of("reflection needs"), shown);
        assertFalse(model.stepBackProperty().get());
        LookBackViewModel later = model();
        later.reload();
        assertFalse(later.stepBackProperty().get(), "offered once");

        later.personProperty().set(sam);
        assertFalse(later.stepBackProperty().get(), "Sam: only a few days of check-ins");
    }

    @Test
    void forSomeoneTheUserIsAfraidOfSafetyComesFirstAndNothingIsFramedAroundPatience() {
        f.clock.set(Instant.parse("2026-12-15T10:00:00Z"));
        f.people.setSafety(dad.id(), commonground.care.SafetyAnswer.YES);
        LookBackViewModel model = model();
        model.reload();
        assertTrue(model.sentences().get(0).startsWith("Because you said you sometimes feel afraid of Dad"),
                model.sentences().get(0));
        assertTrue(model.sentences().get(0).contains("Help and support (F1)"));
        assertFalse(model.stepBackProperty().get(), "no reflection framed around months of patience");
        assertFalse(model.markdownProperty().get().contains("afraid"), "the answer never goes into what is saved");
    }

    @Test
    void lessThanAboutThreeMonthsIsNotYetTime() {
        // 1 December: 82 days after the first check-in on 10 September.
        LookBackViewModel model = model();
        model.reload();
        assertFalse(model.stepBackProperty().get());
    }

    @Test
    void someoneWithNothingKeptIsToldSoWithoutCharts() {
        Person new1 = f.person("Aunt Jo");
        LookBackViewModel model = model();
        model.showPerson(new1.id());
        assertEquals(List.of(), model.months());
        assertEquals(List.of("Nothing kept with Aunt Jo yet. Check-ins and good moments will show here, month by month."),
                model.sentences());
    }
}
