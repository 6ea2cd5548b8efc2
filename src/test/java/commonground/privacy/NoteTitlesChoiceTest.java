package commonground.privacy;

import commonground.care.CareNoticeRepository;
import commonground.shell.DatabaseThread;
import commonground.shell.FakeDialogs;
import commonground.storage.Database;
import commonground.storage.PrivacyLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Show the titles of my notes in Recently on Home": off unless chosen, kept at once, read again next time. */
class NoteTitlesChoiceTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The Privacy screen's view model as the app makes it, keeping the choice in the database. */
    private PrivacyViewModel screen() {
        PrivacyViewModel model = new PrivacyViewModel(new PrivacyLock(db), DatabaseThread.sameThread(),
                new FakeDialogs(), new LockControl() {
                    @Override
                    public void lockNow() {
                    }

                    @Override
                    public void lockSettingsChanged(boolean enabled, int autoLockMinutes) {
                    }
                });
        CareNoticeRepository kept = new CareNoticeRepository(db);
        model.keepNoteTitlesIn(new NoteTitlesChoice.Store() {
            @Override
            public boolean read() {
                return kept.noteTitlesOnHome();
            }

            @Override
            public void write(boolean on) {
                kept.setNoteTitlesOnHome(on);
            }
        });
        model.load();
        return model;
    }

    @Test
    void offUnlessChosenThenKeptAndShownAgainNextTime() {
        PrivacyViewModel model = screen();
        assertFalse(model.noteTitles().shownProperty().get(), "off by default");
        assertFalse(new CareNoticeRepository(db).noteTitlesOnHome());
        model.noteTitles().shownProperty().set(true);
        assertTrue(new CareNoticeRepository(db).noteTitlesOnHome(), "kept as soon as it is ticked");
        assertTrue(screen().noteTitles().shownProperty().get(), "still chosen the next time the screen opens");
        model.noteTitles().shownProperty().set(false);
        assertFalse(screen().noteTitles().shownProperty().get());
        assertTrue(new CareNoticeRepository(db).noticeOn(), "the gentle notice's choice, kept beside it, is untouched");
    }

    @Test
    void aChoiceThatCannotBeKeptIsSaidAndTheBoxGoesBack() {
        NoteTitlesChoice choice = new NoteTitlesChoice(DatabaseThread.sameThread(), new NoteTitlesChoice.Store() {
            @Override
            public boolean read() {
                return false;
            }

            @Override
            public void write(boolean on) {
                throw new IllegalStateException("disk I/O error");
            }
        });
        choice.load();
        choice.shownProperty().set(true);
        assertFalse(choice.shownProperty().get(), "the box shows what is kept");
        assertEquals("This choice could not be kept just now, so Home stays as it was. Please try again.",
                choice.problemProperty().get());
    }
}
