package commonground.care;

import commonground.shell.DatabaseThread;
import commonground.storage.Database;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gentle notice names the user's own people to call from the Help page, and the country's line. */
class NoticePeopleToCallTest {

    @TempDir
    Path dir;
    Database db;
    SupportContactRepository contacts;
    CareNotices care;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        contacts = new SupportContactRepository(db);
        CrisisLine line = new DataCrisisLine(HelpResources.load());
        care = new CareNotices(new CareNoticeRepository(db), DatabaseThread.sameThread(), line, contacts);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void withNoOneListedTheNoticeSpeaksOfSomeoneTheUserTrusts() {
        care.refreshPeopleToCall();
        assertEquals("Someone you trust, a friend, a relative or your doctor, can help you carry it too.",
                care.peopleToCallProperty().get());
    }

    @Test
    void thePeopleTheUserAddedOnTheHelpPageAreNamedWithTheirNumbers() {
        SimpleStringProperty text = new SimpleStringProperty("Some nights I wonder if everyone would be better off without me.");
        DistressNotice notice = new DistressNotice(care, "note", text);
        notice.setItem("note:test");
        assertTrue(notice.showingProperty().get());
        contacts.add("Maya", "07700 900123");
        contacts.add("Tom", "0161 496 0000");
        notice.refreshPeopleToCall();
        assertEquals("You could call Maya (07700\u00a0900123) or Tom (0161\u00a0496\u00a00000). You listed them as "
                + "people you can turn to.", notice.peopleToCallProperty().get(), "numbers never break across lines");
    }

    @Test
    void oneListedPersonIsSpokenOfAsOne() {
        contacts.add("Maya", "07700 900123");
        care.refreshPeopleToCall();
        assertEquals("You could call Maya (07700\u00a0900123). You listed them as someone you can turn to.",
                care.peopleToCallProperty().get());
    }

    @Test
    void theCrisisLineIsTheOneForTheCountry() {
        CrisisLine line = new DataCrisisLine(loadQuietly());
        assertTrue(line.forCountry(new Locale("en", "GB")).contains("116\u00a0123"), line.forCountry(new Locale("en", "GB")));
        assertTrue(line.forCountry(new Locale("en", "US")).contains("988"), line.forCountry(new Locale("en", "US")));
    }

    private static HelpResources loadQuietly() {
        try {
            return HelpResources.load();
        } catch (commonground.content.ContentException e) {
            throw new AssertionError(e);
        }
    }
}
