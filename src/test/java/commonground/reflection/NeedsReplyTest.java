package commonground.reflection;

import commonground.people.PeopleRepository;
import commonground.shell.DatabaseThread;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reply to a needs check-in: kinder, and pointing to support, when every need is barely met. */
class NeedsReplyTest {

    @TempDir
    Path dir;
    Database db;
    NeedsViewModel model;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        model = new NeedsViewModel(new NeedsRepository(db), new PeopleRepository(db), DatabaseThread.sameThread());
        model.setVocabulary(NeedsVocabulary.load());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String save(int closeness, int rest) {
        model.choose("closeness", true);
        model.rate("closeness", closeness);
        model.choose("rest", true);
        model.rate("rest", rest);
        model.saveCheckIn();
        return model.messageProperty().get();
    }

    @Test
    void whenEveryNeedIsAtZeroOrOneTheReplySaysItIsALotAndWhereSupportIs() {
        String reply = save(0, 1);
        assertEquals(1, new NeedsRepository(db).checkIns(5).size(), "saved");
        assertTrue(reply.contains("that is a lot to carry"), reply);
        assertTrue(reply.contains("someone you trust"), reply);
        assertTrue(reply.contains("Help and support (F1)"), reply);
        assertFalse(reply.contains("Thank you for looking after yourself"), reply);
        assertFalse(reply.contains("!"), reply);
    }

    @Test
    void otherwiseTheReplyThanksTheUser() {
        assertEquals("Your check-in is saved. Thank you for looking after yourself.", save(1, 2));
    }
}
