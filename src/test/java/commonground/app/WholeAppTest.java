package commonground.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

/**
 * A TestFX test of the whole app: a new instance over a fresh data folder starts before each
 * test and closes after it, the way a person would close the window.
 */
public abstract class WholeAppTest {

    /** The app's data folder for this test. */
    @TempDir
    protected Path dataDir;
    /** Starts, restarts and settles the app, and reads its database. */
    protected AppDriver driver;
    /** Clicks and types as a person would. */
    protected final FxRobot robot = new FxRobot();

    @BeforeEach
    protected void startApp() throws Exception {
        driver = new AppDriver(dataDir).start();
    }

    @AfterEach
    protected void stopApp() throws Exception {
        driver.stop();
    }
}
