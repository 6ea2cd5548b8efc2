package commonground.app;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a person sees when the data file cannot be opened, and that the file is left alone. */
class DatabaseProblemScreenTest extends AppTest {


    @Test
    void anEmptyFileIsExplainedAndCanBeMovedAsideToStartFresh() throws Exception {
        Files.createDirectories(dataDir);
        Files.createFile(dataDir.resolve("common-ground.db"));
        startApp();
        driver.settle();
        Label message = robot.lookup("#database-problem-message").queryAs(Label.class);
        assertTrue(message.getText().contains("empty (0 bytes)"), message.getText());
        assertEquals(0, Files.size(dataDir.resolve("common-ground.db")), "nothing was written yet");

        robot.clickOn("#start-fresh-button");
        driver.settle();
        assertTrue(robot.lookup("#home-view").tryQuery().isPresent(), "the app is usable again");
        try (var files = Files.list(dataDir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("common-ground.db.empty-")),
                    "the empty file was kept beside the new one");
        }
        assertTrue(Files.size(dataDir.resolve("common-ground.db")) > 0);
        robot.clickOn("#nav-people");
        driver.settle();
        assertTrue(robot.lookup("#people-view").tryQuery().isPresent());
    }

    @Test
    void aForeignDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve("common-ground.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)");
        }
        String before = hash(file);
        startApp();
        driver.settle();
        Label message = robot.lookup("#database-problem-message").queryAs(Label.class);
        assertTrue(message.getText().contains("another program"), message.getText());
        assertTrue(robot.lookup("#start-fresh-button").tryQuery().isEmpty(), "no offer to replace someone's file");
        driver.stop();
        assertEquals(before, hash(file));
    }

    private static String hash(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
