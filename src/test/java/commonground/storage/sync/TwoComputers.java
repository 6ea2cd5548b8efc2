package commonground.storage.sync;

import commonground.storage.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * The engine tests' set-up: a laptop and a desktop ({@link SyncTestComputers}) with one clock at
 * 18:00 on 30 November 2026, made before each test and closed after it.
 */
abstract class TwoComputers {

    static final char[] PASSPHRASE = SyncTestComputers.PASSPHRASE;

    @TempDir
    Path tmp;
    Path shared;
    TestClock clock;
    Profile laptop;
    Profile desktop;
    SyncTestComputers computers;

    @BeforeEach
    void twoComputers() throws Exception {
        clock = TestClock.at("2026-11-30T18:00:00Z");
        computers = SyncTestComputers.under(tmp, "Dropbox", clock);
        shared = computers.shared;
        laptop = computers.laptop;
        desktop = computers.desktop;
    }

    @AfterEach
    void closeComputers() {
        computers.close();
        laptop.close(); // a test may have put another computer in the place of one (a slow clock)
        desktop.close();
    }

    /** Laptop, desktop, laptop (as they are now: a test may replace one): each has everything the other wrote. */
    void both() {
        laptop.sync.syncNow();
        desktop.sync.syncNow();
        laptop.sync.syncNow();
    }
}
