package commonground.sync;

import commonground.app.AppTest;
import commonground.storage.sync.SyncTestComputers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app on one of two computers that share a sync folder, as the sync flow tests set it up:
 * this computer (the laptop) is the app's data folder, the desktop and the folder live elsewhere.
 * A test writes what this computer should hold through {@link #computers()}, then
 * {@link #startSyncingThenTheApp()}; the desktop is then changed directly and
 * {@link #desktopSyncsThenTheApp()} brings its changes in as the timer would.
 */
abstract class TwoComputersAppTest extends AppTest {

    @TempDir
    Path elsewhere;
    private SyncTestComputers computers;

    /** The two computers, made on first use (before the app starts); the desktop's clock runs ahead. */
    protected SyncTestComputers computers() throws Exception {
        if (computers == null) {
            computers = SyncTestComputers.beside(dataDir, elsewhere, "Dropbox");
        }
        return computers;
    }

    /** This computer starts syncing and the desktop joins; the app is not started yet. */
    protected SyncTestComputers startSyncing() throws Exception {
        computers().started();
        computers.laptop.close(); // the app opens this computer's file itself
        return computers;
    }

    /** This computer starts syncing, the desktop joins, and the app starts over this computer's data. */
    protected void startSyncingThenTheApp() throws Exception {
        startSyncing();
        startApp();
    }

    /** The desktop's changes reach the folder, and the app's sync (as the timer runs it) brings them in. */
    protected void desktopSyncsThenTheApp() throws Exception {
        assertTrue(computers.desktop.sync.syncNow().ok());
        driver.syncAsTheTimerDoes();
    }

    @AfterEach
    void closeTheOtherComputer() {
        if (computers != null) {
            computers.close();
        }
    }
}
