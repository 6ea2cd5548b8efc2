package commonground.app;

import org.junit.jupiter.api.BeforeEach;

/** A TestFX test of the whole app, started over a fresh data folder before each test. */
public abstract class WholeAppTest extends AppTest {

    @BeforeEach
    protected void startBeforeEachTest() throws Exception {
        prepareDataFolder();
        startApp();
    }

    /** Writes what a test needs in the data folder before the app opens it; nothing by default. */
    protected void prepareDataFolder() throws Exception {
    }
}
