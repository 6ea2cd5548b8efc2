package commonground.draft;

import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.shell.DatabaseThread;
import commonground.shell.Dates;
import commonground.shell.FakeDialogs;
import commonground.shell.ManualPauses;
import commonground.storage.Database;
import commonground.storage.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The message drafts: each kept as it is typed and on leaving, several kept at once, each for
 * someone or no one, listed newest first with who and a first line, deleted only after a question
 * that names the draft.
 */
class DraftViewModelTest {

    @TempDir
    Path dir;
    TestClock clock = TestClock.at("2026-12-02T15:00:00Z");
    Database db;
    DraftRepository drafts;
    PeopleRepository people;
    ManualPauses pauses = new ManualPauses();
    FakeDialogs dialogs = new FakeDialogs();
    DraftViewModel model;
    Person alex;
    Person dad;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME), clock);
        drafts = new DraftRepository(db);
        people = new PeopleRepository(db);
        alex = people.add("Alex", Relationship.PARTNER, "");
        dad = people.add("Dad", Relationship.PARENT, "");
        model = fresh();
    }

    private DraftViewModel fresh() {
        DraftViewModel m = new DraftViewModel(drafts, people, DatabaseThread.sameThread(), pauses, clock)
                .askingWith(dialogs);
        m.load();
        return m;
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void type(String text) {
        model.textProperty().set(text);
        clock.advance(Duration.ofMinutes(1));
        pauses.advance(500);
    }

    @Test
    void theDraftIsSavedHalfASecondAfterTypingPauses() {
        model.textProperty().set("I miss our walks.");
        pauses.advance(499);
        assertEquals("", drafts.current());
        assertEquals("", model.savedProperty().get());
        pauses.advance(1);
        assertEquals("I miss our walks.", drafts.current());
        assertEquals("Saved", model.savedProperty().get());
        model.textProperty().set("I miss our walks on Sunday.");
        assertEquals("", model.savedProperty().get(), "no longer saved once typing goes on");
    }

    @Test
    void leavingSavesWhatIsWaiting() {
        model.textProperty().set("Typed just before leaving");
        model.flush();
        assertEquals("Typed just before leaving", drafts.current());
        pauses.advance(1000);
        assertEquals("Saved", model.savedProperty().get());
    }

    @Test
    void theKeptDraftIsThereNextTimeAndLoadingItIsNotAChange() {
        drafts.save("I miss our walks.");
        DraftViewModel again = fresh();
        assertEquals("I miss our walks.", again.textProperty().get());
        assertFalse(pauses.anyRunning(), "nothing to save after loading");
    }

    @Test
    void aDraftTooLongToKeepSaysSoAndTheTextStays() {
        String tooLong = "x".repeat(DraftRepository.MAX_CHARS + 1);
        model.textProperty().set(tooLong);
        pauses.advance(500);
        assertEquals("This draft is longer than 100000 characters, so it was not saved. A shorter message is kinder "
                + "to both of you.", model.savedProperty().get());
        assertEquals(tooLong, model.textProperty().get());
        assertEquals("", drafts.current());
        model.newDraft();
        assertEquals(tooLong, model.textProperty().get(), "a new draft does not put away words that are not kept");
        assertTrue(model.savedProperty().get().contains("stays open"), model.savedProperty().get());
    }

    @Test
    void aNewDraftKeepsTheFirstAndEachKeepsItsPerson() {
        model.personProperty().set(alex);
        type("Alex, I loved our walk on Sunday.");
        model.newDraft();
        assertEquals("", model.textProperty().get());
        assertNull(model.personProperty().get(), "a new draft is for no one until chosen");
        assertEquals("Your draft to Alex is kept in the list above.", model.savedProperty().get());
        model.personProperty().set(dad);
        type("Dad, I would like to sit with you on Saturday.");

        DraftViewModel again = fresh();
        List<MessageDraft> kept = again.drafts();
        assertEquals(2, kept.size());
        assertEquals("Dad, I would like to sit with you on Saturday.", kept.get(0).body(), "newest first");
        assertEquals(dad.id(), kept.get(0).personId());
        assertEquals(alex.id(), kept.get(1).personId());
        assertEquals("To Dad \u00b7 today at " + Dates.time(LocalTime.of(15, 2)) + "\nDad, I would like to sit with you on Saturday.",
                again.rowText(kept.get(0)));
        assertEquals("Dad, I would like to sit with you on Saturday.", again.textProperty().get(),
                "the one changed last opens");
        assertEquals(dad, again.personProperty().get());

        again.open(kept.get(1));
        assertEquals("Alex, I loved our walk on Sunday.", again.textProperty().get());
        assertEquals(alex, again.personProperty().get());
        assertFalse(pauses.anyRunning(), "opening a draft is not a change to save");
    }

    @Test
    void switchingKeepsWhatWasTypedJustBefore() {
        type("First words");
        model.newDraft();
        model.textProperty().set("Second, typed and switched away at once");
        model.open(model.drafts().get(0));
        assertEquals("First words", model.textProperty().get());
        assertEquals(2, drafts.all().size());
        assertEquals("Second, typed and switched away at once", drafts.all().get(0).body());
    }

    @Test
    void anUntouchedNewDraftIsNotKept() {
        model.newDraft();
        model.newDraft();
        assertTrue(drafts.all().isEmpty(), "nothing written: nothing kept");
        type("Something");
        model.newDraft();
        model.newDraft();
        assertEquals(1, drafts.all().size());
    }

    @Test
    void namesakesAreToldApartInTheListAndOlderDaysAreNamed() {
        Person otherSam = people.add("Sam", Relationship.FRIEND, "");
        Person sam = people.add("sam", Relationship.PARTNER, "");
        model.refresh();
        model.personProperty().set(sam);
        type("Sam, thank you for dinner.");
        clock.advance(Duration.ofDays(3));
        model.refresh();
        assertEquals("To sam, your partner \u00b7 " + Dates.day(LocalDate.of(2026, 12, 2)) + "\nSam, thank you for dinner.",
                model.rowText(model.drafts().get(0)));
        assertTrue(model.choices().contains(otherSam) && model.choices().contains(sam));
    }

    @Test
    void deleteAsksNamingTheDraftAndCancelKeepsIt() {
        model.personProperty().set(alex);
        type("I miss our walks.\nMore below.");
        model.delete();
        FakeDialogs.Asked asked = dialogs.lastAsked();
        assertEquals("Delete this draft?", asked.title());
        assertEquals("Your draft to Alex, \u201cI miss our walks.\u201d, will be deleted, and it cannot be brought "
                + "back.", asked.message());
        assertEquals(1, drafts.all().size(), "Cancel (the default) keeps it");
        assertEquals("I miss our walks.\nMore below.", model.textProperty().get());

        dialogs.confirmNext(true);
        model.delete();
        assertTrue(drafts.all().isEmpty());
        assertEquals("", model.textProperty().get());
        assertEquals("The draft was deleted.", model.savedProperty().get());
        model.shownAgain();
        assertEquals("", model.savedProperty().get(), "coming back to the page, the answer is no longer news");
        assertFalse(model.canDeleteBinding().get(), "nothing left to delete");
    }

    @Test
    void deletingWhileASaveWaitsDoesNotBringTheDraftBack() {
        type("Keep me");
        model.newDraft();
        model.textProperty().set("Typed, then deleted at once");
        dialogs.confirmNext(true);
        model.delete();
        pauses.advance(1000);
        assertEquals(List.of("Keep me"), drafts.all().stream().map(MessageDraft::body).toList());
        assertEquals("Keep me", model.textProperty().get(), "the next draft opens");
    }

    @Test
    void aDraftToSomeoneDeletedWithTheirRecordsGoesWithThem() {
        model.personProperty().set(dad);
        type("Dad, shall we look at the photos?");
        people.deleteWithRecords(dad.id());
        model.refresh();
        assertTrue(model.drafts().isEmpty());
        assertEquals("", model.textProperty().get(), "the draft went with their records");
        assertFalse(model.choices().contains(dad));
    }

    @Test
    void anArchivedPersonStillNamesTheirDraft() {
        model.personProperty().set(dad);
        type("Dad, shall we look at the photos?");
        people.archive(dad.id());
        DraftViewModel again = fresh();
        assertEquals("Dad", again.personProperty().get().name());
        assertTrue(again.choices().stream().anyMatch(p -> p.id() == dad.id()), "still offered for their draft");
    }

    @Test
    void onLockingTheFirstLinesAreLetGoAndTheOpenTextStays() {
        type("Private words");
        model.forget();
        assertTrue(model.drafts().isEmpty());
        assertEquals("Private words", model.textProperty().get());
        model.refresh();
        assertEquals(1, model.drafts().size());
    }
}
