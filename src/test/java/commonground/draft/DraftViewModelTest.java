package commonground.draft;

import commonground.shell.DatabaseThread;
import commonground.shell.ManualPauses;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The message draft is kept as it is typed and on leaving, and is there next time. */
class DraftViewModelTest {

    @TempDir
    Path dir;
    Database db;
    DraftRepository drafts;
    ManualPauses pauses = new ManualPauses();
    DraftViewModel model;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        drafts = new DraftRepository(db);
        model = new DraftViewModel(drafts, DatabaseThread.sameThread(), pauses);
        model.load();
    }

    @AfterEach
    void close() {
        db.close();
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
        DraftViewModel again = new DraftViewModel(drafts, DatabaseThread.sameThread(), pauses);
        again.load();
        assertEquals("I miss our walks.", again.textProperty().get());
        assertEquals(false, pauses.anyRunning(), "nothing to save after loading");
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
    }
}
