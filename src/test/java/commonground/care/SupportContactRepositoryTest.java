package commonground.care;

import commonground.storage.FastKeys;
import commonground.storage.Database;
import commonground.storage.PrivacyLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The people the user can call: added, changed, removed, checked, and sealed when the lock is on. */
class SupportContactRepositoryTest {

    @TempDir
    Path dir;
    Database db;
    SupportContactRepository repo;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        db.registerSearchIndex(commonground.reflection.NoteSearch.INDEX); // as the app does, so the lock can be turned on
        repo = new SupportContactRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void peopleAreAddedChangedAndRemovedAndListedByName() {
        SupportContact sam = repo.add("  Sam ", "+44 7700 900123");
        repo.add("aunt Jo", "(020) 7946-0018");
        assertEquals(List.of("aunt Jo", "Sam"), repo.all().stream().map(SupportContact::name).toList());
        assertEquals("+44 7700 900123", sam.number());
        repo.update(sam.id(), "Sam (neighbour)", "07700 900123");
        assertTrue(repo.all().contains(new SupportContact(sam.id(), "Sam (neighbour)", "07700 900123")));
        repo.remove(sam.id());
        assertEquals(1, repo.all().size());
    }

    @Test
    void anEmptyNameATooLongNameOrANumberWithLettersIsRefusedWithAPlainMessage() {
        assertEquals("Please give a name, so you know who this is.", SupportContactCheck.nameProblem("  "));
        assertTrue(SupportContactCheck.nameProblem("x".repeat(101)).startsWith("A name can be up to 100"));
        assertEquals("A number can hold digits, spaces and + ( ) - only.", SupportContactCheck.numberProblem("0800 CALL"));
        assertEquals("Please give a number to call.", SupportContactCheck.numberProblem(""));
        assertNull(SupportContactCheck.numberProblem("+1 (555) 010-0199"));
        assertThrows(IllegalArgumentException.class, () -> repo.add("", "123"));
        assertThrows(IllegalArgumentException.class, () -> repo.add("Sam", "call me"));
        assertEquals(List.of(), repo.all());
    }

    @Test
    void withTheLockOnNameAndNumberAreStoredSealedAndStillReadAfterUnlocking() throws Exception {
        repo.add("Before the lock", "0161 496 0000");
        PrivacyLock lock = new PrivacyLock(db, FastKeys.COST);
        lock.enable("slow river at dusk".toCharArray(), 15);
        repo.add("After the lock", "0161 496 0001");
        assertEquals(List.of("blob|blob", "blob|blob"), storedTypes());
        lock.lock();
        assertTrue(lock.unlock("slow river at dusk".toCharArray()));
        assertEquals(List.of("After the lock", "Before the lock"),
                repo.all().stream().map(SupportContact::name).toList());
    }

    private List<String> storedTypes() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.file());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT typeof(name) || '|' || typeof(number) FROM support_contact")) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
