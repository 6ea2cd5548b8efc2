package commonground.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

/**
 * A TestFX test of the whole app over a fresh data folder, which starts the app itself (for
 * example after writing or damaging the data first). The app is closed after each test, the way
 * a person would close the window. Tests that simply start it first extend {@link WholeAppTest}.
 */
public abstract class AppTest {

    /** The app's data folder for this test. */
    @TempDir
    protected Path dataDir;
    /** Starts, restarts and settles the app, and reads its database; null until started. */
    protected AppDriver driver;
    /** Clicks and types as a person would. */
    protected final FxRobot robot = new FxRobot();

    /** Starts a new app instance over the data folder. */
    protected void startApp() throws Exception {
        driver = new AppDriver(dataDir); // set first: a start that fails is still closed after the test
        driver.start();
    }

    @AfterEach
    protected void stopApp() throws Exception {
        if (driver != null) {
            driver.stop();
        }
    }
}
