package commonground.app;

import commonground.reflection.NoteSearch;
import commonground.storage.Database;
import commonground.storage.PrivacyLock;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The text size chosen last time holds from the first screen: the lock screen and the first-start
 * card sit in the window without the shell, and came at 100% whatever the stored size was.
 */
class TextSizeFromTheFirstScreenTest extends AppTest {

    /** The themes' normal size, and 150% of it. */
    private static final double NORMAL = 14;

    @Test
    void startedLockedAt150PercentTheLockScreenAndTheFirstStartCardAreAt150Percent() throws Exception {
        Files.createDirectories(dataDir);
        Database db = Database.at(dataDir.resolve(Database.FILE_NAME));
        db.registerSearchIndex(NoteSearch.INDEX);
        db.openNow();
        new PrivacyLock(db).enable("slow river at dusk".toCharArray(), 15);
        db.close();
        // As a person left it: the lock on, the text at 150%, the first-start card not set aside yet.
        Files.writeString(dataDir.resolve("preferences.properties"), "text.scale=1.5\nlock.enabled=true\n");
        driver = new AppDriver(dataDir).withCareFrame().start();

        AtomicReference<List<Double>> sizes = new AtomicReference<>();
        AppDriver.onFx(() -> sizes.set(List.of(
                robot.lookup("#unlock-intro").queryAs(Labeled.class).getFont().getSize(),
                robot.lookup("#care-frame-continue").queryAs(Labeled.class).getFont().getSize())));
        assertTrue(robot.lookup("#unlock-view").tryQuery().isPresent(), "it opens locked");
        assertEquals("-fx-font-size: 21.0px;", robot.lookup("#unlock-view").query().getScene().getRoot().getStyle());
        // Each at 150% of its normal size, at least 21 px (the intro is a little larger than body text).
        for (double size : sizes.get()) {
            assertTrue(size >= NORMAL * 1.5 - 0.1, "the lock screen's and the card's text: " + sizes.get());
        }
    }
}
