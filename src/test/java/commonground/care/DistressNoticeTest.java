package commonground.care;

import commonground.shell.DatabaseThread;
import commonground.storage.Database;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gentle notice for one text: showing, dismissed for one item, turned off; kept in a real database. */
class DistressNoticeTest {

    static final String CONCERNING = "Some nights I wish I could just not wake up.";
    static final String IDIOM = "I'd murder a curry, I nearly died laughing at the film.";

    @TempDir
    Path dir;
    Database db;
    final DatabaseThread sameThread = DatabaseThread.sameThread();

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("common-ground.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CareNotices care() {
        return new CareNotices(new CareNoticeRepository(db), sameThread, CrisisLine.NEUTRAL);
    }

    @Test
    void showsForConcerningWordsAndNotForAnIdiom() {
        StringProperty text = new SimpleStringProperty("");
        DistressNotice notice = new DistressNotice(care(), "note", text);
        notice.setItem("note:a");
        assertFalse(notice.showingProperty().get());
        text.set("Dear me. " + CONCERNING);
        assertTrue(notice.showingProperty().get());
        text.set(IDIOM);
        assertFalse(notice.showingProperty().get());
        assertEquals("Dismiss for this note", notice.dismissLabel());
        assertEquals("Open Help and support (F1) for crisis lines in your country", notice.crisisLineText());
    }

    @Test
    void anyOfSeveralFieldsCounts() {
        StringProperty context = new SimpleStringProperty("");
        StringProperty response = new SimpleStringProperty("");
        DistressNotice notice = new DistressNotice(care(), "check-in", context, response);
        response.set("He said he'd kill me if I leave");
        assertTrue(notice.showingProperty().get());
        assertEquals("Dismiss for this check-in", notice.dismissLabel());
    }

    @Test
    void aDismissalHoldsForThatItemOnlyAndIsRemembered() {
        StringProperty text = new SimpleStringProperty(CONCERNING);
        DistressNotice notice = new DistressNotice(care(), "note", text);
        notice.setItem("note:a");
        assertTrue(notice.showingProperty().get());
        notice.dismiss();
        assertFalse(notice.showingProperty().get());
        text.set(CONCERNING + " I cut again last night.");
        assertFalse(notice.showingProperty().get(), "still dismissed for this note");
        notice.setItem("note:b");
        assertTrue(notice.showingProperty().get(), "another note shows it");

        // A new session over the same data remembers the dismissal.
        DistressNotice later = new DistressNotice(care(), "note", new SimpleStringProperty(CONCERNING));
        later.setItem("note:a");
        assertFalse(later.showingProperty().get());
        later.setItem("note:b");
        assertTrue(later.showingProperty().get());
    }

    @Test
    void somethingNotSavedYetIsDismissedUntilItChanges() {
        StringProperty text = new SimpleStringProperty(CONCERNING);
        DistressNotice notice = new DistressNotice(care(), "check-in", text);
        notice.dismiss();
        assertFalse(notice.showingProperty().get());
        notice.setItem(null); // the form was saved and emptied
        assertTrue(notice.showingProperty().get());
        assertTrue(new CareNoticeRepository(db).dismissed().isEmpty());
    }

    @Test
    void turningOffAsksFirstAndKeepingChangesNothing() {
        CareNotices care = care();
        DistressNotice note = new DistressNotice(care, "note", new SimpleStringProperty(CONCERNING));
        note.askToTurnOff();
        assertTrue(note.confirmingTurnOffProperty().get());
        assertTrue(note.showingProperty().get(), "asking changes nothing yet");
        assertTrue(care.enabledProperty().get());
        note.keepOn();
        assertFalse(note.confirmingTurnOffProperty().get());
        assertTrue(care.enabledProperty().get());
        note.askToTurnOff();
        note.turnOff();
        assertFalse(care.enabledProperty().get());
        assertTrue(note.justTurnedOffProperty().get(), "the card can say the notices are off");
        note.closeTurnedOff();
        assertFalse(note.justTurnedOffProperty().get());
    }

    @Test
    void turnedOffHidesItEverywhereAndIsRememberedUntilTurnedOn() {
        CareNotices care = care();
        DistressNotice note = new DistressNotice(care, "note", new SimpleStringProperty(CONCERNING));
        DistressNotice answer = new DistressNotice(care, "answer", new SimpleStringProperty(CONCERNING));
        note.turnOff();
        assertFalse(note.showingProperty().get());
        assertFalse(answer.showingProperty().get());

        CareNotices nextSession = care();
        DistressNotice again = new DistressNotice(nextSession, "note", new SimpleStringProperty(CONCERNING));
        assertFalse(again.showingProperty().get());
        nextSession.setEnabled(true);
        assertTrue(again.showingProperty().get());
        assertTrue(new CareNoticeRepository(db).noticeOn());
    }

    @Test
    void ofAVeryLongTextTheLatestWritingIsLookedAt() {
        String earlier = "We walked by the river. ".repeat(DistressNotice.LONGEST_CHECKED / 20);
        StringProperty text = new SimpleStringProperty(earlier);
        DistressNotice notice = new DistressNotice(care(), "note", text);
        text.set(earlier + CONCERNING);
        assertTrue(notice.showingProperty().get());
    }

    @Test
    void withoutADatabaseItHoldsForTheSession() {
        CareNotices care = CareNotices.inMemory();
        DistressNotice notice = new DistressNotice(care, "answer", new SimpleStringProperty(CONCERNING));
        notice.setItem("answer:run:step");
        notice.dismiss();
        assertFalse(notice.showingProperty().get());
        assertTrue(care.isDismissed("answer:run:step"));
    }
}
