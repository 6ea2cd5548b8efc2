package commonground.longgame;

import commonground.storage.FastKeys;
import commonground.content.Practices;
import commonground.people.Person;
import commonground.practice.DebriefViewModel;
import commonground.practice.PracticeLibrary;
import commonground.practice.PracticeRepository;
import commonground.practice.PracticeSession;
import commonground.practice.PracticeTextRepository;
import commonground.shell.ComeBackChoice;
import commonground.shell.ComeBackDates;
import commonground.shell.DatabaseThread;
import commonground.shell.Dates;
import commonground.storage.DataTransfer;
import commonground.storage.Database;
import commonground.storage.PrivacyLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A practice session carries a day to come back to it, chosen on its debrief as a plan's or a
 * check-in's is: suggested, kept, listed for Home, opened again, answered, and the answer found on
 * the debrief and in the look-back; sealed with the lock on; kept through export and import.
 */
class PracticeComeBackTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;
    private LongGameFixture f;
    private Person dad;
    private PracticeSession session;
    private DebriefViewModel debrief;
    private ComeBackChoice choice;

    @BeforeEach
    void open() throws Exception {
        f = new LongGameFixture(dir, "2026-11-24T10:00:00Z", ZoneOffset.UTC);
        dad = f.person("Dad");
        session = f.practice(dad);
        Practices practices = Practices.load();
        choice = new ComeBackChoice(f.comeBack, DatabaseThread.sameThread(), f.clock);
        debrief = new DebriefViewModel(new PracticeRepository(f.db), new PracticeLibrary(
                new PracticeTextRepository(f.db), () -> practices), DatabaseThread.sameThread(),
                (text, then) -> { }, practices, choice);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private String about() {
        return LongGameFixture.practiceAbout(session.title(), "Dad");
    }

    @Test
    void theDebriefSuggestsAWeekOnAndNothingIsKeptUntilChosen() {
        debrief.load(session.id());
        assertTrue(choice.availableProperty().get(), "the field is offered at the end of the practice");
        assertEquals(TODAY.plusWeeks(1), choice.dayProperty().get());
        assertEquals("Suggested: " + Dates.day(TODAY.plusWeeks(1)) + ". Nothing is set until you choose it.",
                choice.statusProperty().get());
        assertEquals(List.of(), f.comeBack.openUntil(TODAY.plusYears(1)), "a suggestion is not a day kept");
    }

    @Test
    void aDayKeptOnTheDebriefIsListedOpensThatSessionAndItsAnswerIsFoundAgain() {
        debrief.load(session.id());
        choice.dayProperty().set(TODAY.plusDays(3));
        choice.keep();
        assertEquals("You will find it on Home from " + Dates.day(TODAY.plusDays(3)) + ".", choice.statusProperty().get());
        assertEquals(Optional.of(TODAY.plusDays(3)), f.comeBack.dueOn(ComeBackDates.PRACTICE, f.uuidOf(session)));

        List<ComeBack> due = f.comeBack.openUntil(TODAY.plusDays(7));
        assertEquals(List.of(about()), due.stream().map(ComeBack::about).toList());
        assertEquals(dad.id(), due.get(0).personId());

        f.clock.set(Instant.parse("2026-11-27T09:00:00Z"));
        List<String> opened = new ArrayList<>();
        ComeBackViewModel home = new ComeBackViewModel(f.comeBack, DatabaseThread.sameThread(), new commonground.shell.Navigator() {
            @Override
            public void show(String moduleId) {
                opened.add(moduleId);
            }

            @Override
            public void show(String moduleId, String target) {
                opened.add(moduleId + " " + target);
            }
        }, f.clock);
        home.reload();
        home.open(due.get(0).id());
        home.openItem();
        assertEquals(List.of("practice session:" + session.id()), opened, "Open it opens that session's debrief");

        home.answerProperty().set("I waited, and he told me about work.");
        home.revisit();
        assertEquals(List.of(), f.comeBack.openUntil(TODAY.plusDays(7)), "answered: it leaves the list");

        debrief.load(session.id()); // the debrief opened again
        assertEquals("You came back to this on " + Dates.day(LocalDate.of(2026, 11, 27))
                + ". How it went: \u201cI waited, and he told me about work.\u201d", choice.answeredProperty().get());
        assertEquals(null, choice.chosenProperty().get(), "no open day left");

        LookBackViewModel lookBack = new LookBackViewModel(f.people, new LookBackRepository(f.db),
                new OfferRepository(f.db), List.of(), DatabaseThread.sameThread(), id -> { }, f.clock);
        List<String> words = lookBack.compute(dad, LocalDate.of(2026, 11, 27)).sentences();
        assertTrue(words.contains("You came back to a" + about().substring(1) + " on "
                + Dates.day(LocalDate.of(2026, 11, 27)) + ": \u201cI waited, and he told me about work.\u201d"),
                words.toString());
    }

    @Test
    void aDayCanBeClearedAndAPassedDayIsRefused() {
        debrief.load(session.id());
        choice.dayProperty().set(TODAY.minusDays(1));
        choice.keep();
        assertEquals("That day has already passed. Please pick today or a day ahead.", choice.statusProperty().get());
        assertEquals(List.of(), f.comeBack.openUntil(TODAY.plusYears(1)));
        choice.dayProperty().set(TODAY);
        choice.keep();
        assertEquals(1, f.comeBack.openUntil(TODAY).size());
        choice.clear();
        assertEquals(List.of(), f.comeBack.openUntil(TODAY.plusYears(1)));
        assertEquals(TODAY.plusWeeks(1), choice.dayProperty().get(), "the suggestion is shown again");
    }

    @Test
    void withTheLockOnTheAnswerIsSealedAndReadBackOnceUnlocked() throws Exception {
        f.db.registerSearchIndex(commonground.reflection.NoteSearch.INDEX); // as the app does
        PrivacyLock lock = new PrivacyLock(f.db, FastKeys.COST);
        lock.enable("slow river at dusk".toCharArray(), 15);
        debrief.load(session.id());
        choice.dayProperty().set(TODAY);
        choice.keep();
        f.comeBack.revisit(f.comeBack.openUntil(TODAY).get(0).id(), "violet-lantern-harbour");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + f.db.file());
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT typeof(answer) FROM come_back WHERE kind = 'PRACTICE'")) {
            assertEquals("blob", rs.getString(1), "sealed like a plan's or a check-in's answer");
        }
        assertEquals(List.of("violet-lantern-harbour"),
                f.comeBack.revisitedFor(dad.id()).stream().map(ComeBack::answer).toList());
    }

    @Test
    void aPracticesDayAndAnswerComeBackWholeThroughExportAndImport() throws Exception {
        commonground.practice.PracticeSession other = f.practice(dad);
        f.comeBack.set(ComeBackDates.PRACTICE, f.uuidOf(session), dad.id(), TODAY);
        f.comeBack.revisit(f.comeBack.openUntil(TODAY).get(0).id(), "It helped to go slowly.");
        f.comeBack.set(ComeBackDates.PRACTICE, f.uuidOf(other), dad.id(), TODAY.plusDays(2));
        Path file = dir.resolve("export.json");
        new DataTransfer(f.db).exportTo(file);

        try (Database fresh = Database.open(dir.resolve("b").resolve(Database.FILE_NAME))) {
            new DataTransfer(fresh).importFrom(file);
            ComeBackRepository comeBack = new ComeBackRepository(fresh);
            long dadThere = new commonground.people.PeopleRepository(fresh).active().get(0).id();
            List<ComeBack> open = comeBack.openUntil(TODAY.plusDays(7));
            assertEquals(List.of(about()), open.stream().map(ComeBack::about).toList(), "still finds its session");
            PracticeRepository sessions = new PracticeRepository(fresh);
            assertEquals(sessions.uuidOf(open.get(0).itemId()).orElseThrow(), f.uuidOf(other));
            assertEquals(List.of("It helped to go slowly."),
                    comeBack.revisitedFor(dadThere).stream().map(ComeBack::answer).toList());
            assertEquals(0, new DataTransfer(fresh).importFrom(file).totalAdded(), "nothing is duplicated");
        }
    }
}
