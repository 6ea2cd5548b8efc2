package commonground.storage.sync;

import commonground.storage.TestClock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two computers sharing one sync folder, as the sync tests need them: a laptop and a desktop, each
 * with its own data folder, database and sync engine, and the folder a sync tool would carry.
 * Used by the engine's tests (through {@link TwoComputers}) and by the app's flow tests, where the
 * laptop is the app's own data folder, set up before the app starts.
 */
public final class SyncTestComputers implements AutoCloseable {

    /** The sync passphrase both computers use. */
    public static final char[] PASSPHRASE = "kettle on the windowsill".toCharArray();

    public final Path shared;
    public final Profile laptop;
    public final Profile desktop;

    private SyncTestComputers(Path shared, Profile laptop, Profile desktop) {
        this.shared = shared;
        this.laptop = laptop;
        this.desktop = desktop;
    }

    /** Both under {@code tmp}, sharing one clock at 18:00 on 30 November 2026, with the folder {@code folder}. */
    public static SyncTestComputers under(Path tmp, String folder, TestClock clock) throws Exception {
        Path shared = Files.createDirectories(tmp.resolve(folder));
        return new SyncTestComputers(shared, new Profile(tmp, "laptop", clock), new Profile(tmp, "desktop", clock));
    }

    /**
     * The laptop in {@code laptopDir} (an app's data folder), the desktop and the folder under
     * {@code elsewhere}; the desktop's clock runs two minutes ahead, so its edits are the later ones.
     */
    public static SyncTestComputers beside(Path laptopDir, Path elsewhere, String folder) throws Exception {
        Path shared = Files.createDirectories(elsewhere.resolve(folder));
        Profile laptop = new Profile(laptopDir, TestClock.at(Instant.now().toString()));
        Profile desktop = new Profile(elsewhere.resolve("desktop"),
                TestClock.at(Instant.now().plus(Duration.ofMinutes(2)).toString()));
        return new SyncTestComputers(shared, laptop, desktop);
    }

    /** The laptop starts syncing into the folder and the desktop joins it; both must succeed. */
    public SyncTestComputers started() {
        SyncReport started = laptop.sync.start(shared, PASSPHRASE, "Laptop");
        assertTrue(started.ok(), started.problems().toString());
        SyncReport joined = desktop.sync.join(shared, PASSPHRASE, "Desktop");
        assertTrue(joined.ok(), joined.problems().toString());
        return this;
    }

    /** Laptop, desktop, laptop: each has everything the other wrote. */
    public void both() {
        laptop.sync.syncNow();
        desktop.sync.syncNow();
        laptop.sync.syncNow();
    }

    /** As {@link #both()}, and each sync must reach the folder with nothing to say. */
    public void bothOk() {
        for (Profile p : new Profile[] {laptop, desktop, laptop}) {
            SyncReport r = p.sync.syncNow();
            assertTrue(r.ok(), p.name + ": " + r.problems());
        }
    }

    @Override
    public void close() {
        laptop.close();
        desktop.close();
    }
}
