package commonground.app;

import commonground.people.Relationship;
import commonground.storage.Backups;
import commonground.storage.Database;
import commonground.people.PeopleRepository;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A damaged data file and a second launch, as a person meets them. */
class RecoveryScreenTest extends AppTest {


    @Test
    void aDamagedFileIsMovedAsideAndTheNewestGoodBackupRestored() throws Exception {
        DataFolder.prepare(dataDir);
        Path file = dataDir.resolve(Database.FILE_NAME);
        try (Database db = Database.open(file)) {
            PeopleRepository people = new PeopleRepository(db);
            for (int i = 0; i < 150; i++) {
                people.add("Friend " + i, Relationship.FRIEND, "y".repeat(300));
            }
            new Backups(db).now();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[4096];
            java.util.Arrays.fill(junk, (byte) 0x33);
            for (long at = 4096; at < raf.length(); at += 4096) {
                raf.seek(at);
                raf.write(junk);
            }
        }
        startApp();
        driver.settleWhen("the recovery screen", () -> robot.lookup("#database-problem-message").tryQuery().isPresent());
        Label message = robot.lookup("#database-problem-message").queryAs(Label.class);
        assertTrue(message.getText().contains("damaged"), message.getText());
        assertTrue(robot.lookup("#recovery-offer").queryAs(Label.class).getText().contains("good backup"));
        assertTrue(robot.lookup("#salvage-button").tryQuery().isPresent(), "saving what can be read is offered");

        robot.clickOn("#restore-backup-button");
        driver.settle();
        assertTrue(robot.lookup("#home-view").tryQuery().isPresent());
        assertEquals(150L, ((Number) driver.value("SELECT count(*) FROM person")).longValue());
        try (var files = Files.list(dataDir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("common-ground.db.damaged-")),
                    "the damaged file was kept");
        }
    }

    @Test
    void aSecondLaunchOverTheSameFolderSaysSoAndWritesNothing() throws Exception {
        DataFolder.prepare(dataDir);
        Optional<InstanceLock> first = InstanceLock.tryAcquire(dataDir);
        try {
            startApp();
            Label message = robot.lookup("#startup-problem-message").queryAs(Label.class);
            assertTrue(message.getText().contains("already open"), message.getText());
            assertTrue(Files.notExists(dataDir.resolve(Database.FILE_NAME)), "no second writer opened the data");
        } finally {
            first.ifPresent(InstanceLock::close);
        }
    }
}
