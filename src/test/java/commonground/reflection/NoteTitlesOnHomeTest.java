package commonground.reflection;

import commonground.care.CareNoticeRepository;
import commonground.care.CareNotices;
import commonground.shell.Activity;
import commonground.shell.ActivitySource;
import commonground.shell.DatabaseThread;
import commonground.shell.ModuleContext;
import commonground.storage.Database;
import commonground.storage.PrivacyLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Home's "Recently" names a note by its title only when the user chose so in Privacy; never by
 * its text; and with the lock on, only while the app is unlocked.
 */
class NoteTitlesOnHomeTest {

    private static final String BODY = "Letter to Dad\nI keep thinking of the garden, and the two of us in it.";

    @TempDir
    Path dir;
    Database db;
    NoteRepository notes;
    ActivitySource home;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        db.registerSearchIndex(NoteSearch.INDEX);
        notes = new NoteRepository(db);
        notes.saveBody(notes.create(null, null).id(), BODY);
        ModuleContext context = new ModuleContext(db, DatabaseThread.sameThread(), null, id -> { }, null,
                Clock.fixed(Instant.parse("2026-12-02T14:05:00Z"), ZoneId.of("UTC")), null);
        home = new ReflectionFeature(CareNotices.inMemory()).recentActivity(context).orElseThrow();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String line() {
        List<Activity> recent = home.recent(6);
        assertEquals(1, recent.size(), "recent: " + recent);
        return recent.get(0).text();
    }

    @Test
    void unlessChosenHomeNamesNoTitleAndNeverTheText() {
        assertTrue(line().matches("Wrote a note at [0-9:. apAPM\\u202f]+, 16 words"), line());
        new CareNoticeRepository(db).setNoteTitlesOnHome(true);
        assertTrue(line().matches("Wrote \u201cLetter to Dad\u201d at [0-9:. apAPM\\u202f]+, 16 words"), line());
        assertTrue(!line().contains("garden"), "never what is in the note: " + line());
        new CareNoticeRepository(db).setNoteTitlesOnHome(false);
        assertTrue(line().startsWith("Wrote a note at"), line());
    }

    @Test
    void aLongTitleIsShortenedOnOneLine() {
        new CareNoticeRepository(db).setNoteTitlesOnHome(true);
        notes.saveBody(notes.page(NoteFilter.ALL, null, 1).get(0).id(), "x".repeat(200) + "\nmore");
        String line = line();
        assertTrue(line.startsWith("Wrote \u201c" + "x".repeat(ReflectionFeature.TITLE_SHOWN - 1) + "\u2026\u201d at"),
                line);
    }

    @Test
    void withTheLockOnTitlesAreSealedAndHomeReadsThemOnlyWhileUnlocked() throws Exception {
        new CareNoticeRepository(db).setNoteTitlesOnHome(true);
        PrivacyLock lock = new PrivacyLock(db);
        lock.enable("slow river at dusk".toCharArray(), 15);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db.file());
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT typeof(title) FROM note")) {
            assertEquals("blob", rs.getString(1), "the title is encrypted at rest");
        }
        assertTrue(line().startsWith("Wrote \u201cLetter to Dad\u201d"), "unlocked, as chosen: " + line());
        lock.lock();
        assertThrows(RuntimeException.class, () -> home.recent(6), "locked, Home cannot read a title");
        assertTrue(lock.unlock("slow river at dusk".toCharArray()));
        assertTrue(line().startsWith("Wrote \u201cLetter to Dad\u201d"), line());
    }
}
