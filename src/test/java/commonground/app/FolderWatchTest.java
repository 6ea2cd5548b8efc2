package commonground.app;

import commonground.storage.sync.SyncEngine.WatchTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Another computer's files arriving in the sync folder ask for a sync; this computer's own do not. */
class FolderWatchTest {

    static final String MINE = "0123456789abcdef0123456789abcdef";
    static final String THEIRS = "fedcba9876543210fedcba9876543210";

    @TempDir
    Path dir;
    Path root;
    WatchTarget target;
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    Semaphore syncs = new Semaphore(0);
    FolderWatch watch;

    @BeforeEach
    void setUp() throws Exception {
        root = Files.createDirectories(dir.resolve("common-ground-sync"));
        Files.createDirectories(root.resolve(MINE));
        Files.createDirectories(root.resolve(THEIRS));
        target = new WatchTarget(root, MINE);
        watch = new FolderWatch(syncs::release, timer, Duration.ofMillis(50));
    }

    @AfterEach
    void tearDown() {
        watch.close();
        timer.shutdownNow();
    }

    @Test
    void onlyTheOthersChangeFilesCount() {
        Path theirs = root.resolve(THEIRS);
        assertTrue(FolderWatch.isTheirChange(target, theirs, "seg-000000000007.cgsync"));
        assertTrue(FolderWatch.isTheirChange(target, theirs, "snap-000000000050.cgsync"));
        assertTrue(FolderWatch.isTheirChange(target, root, "aaaabbbbccccddddaaaabbbbccccdddd"), "a computer joining");
        assertFalse(FolderWatch.isTheirChange(target, root.resolve(MINE), "seg-000000000007.cgsync"), "my own");
        assertFalse(FolderWatch.isTheirChange(target, theirs, "device.cgsync"), "rewritten at each sync: no ping-pong");
        assertFalse(FolderWatch.isTheirChange(target, theirs, ".syncthing.seg-000000000007.cgsync.tmp"));
        assertFalse(FolderWatch.isTheirChange(target, theirs, "seg-000000000007 (conflicted copy).cgsync"));
        assertFalse(FolderWatch.isTheirChange(target, root, "key.cgsync"));
        assertFalse(FolderWatch.isTheirChange(target, root, MINE));
    }

    @Test
    void aSegmentFromAnotherComputerAsksForOneSyncAndANewComputerIsWatchedToo() throws Exception {
        watch.watch(target);
        Files.writeString(root.resolve(MINE).resolve("seg-000000000001.cgsync"), "mine");
        Files.writeString(root.resolve(THEIRS).resolve("seg-000000000001.cgsync"), "theirs");
        Files.writeString(root.resolve(THEIRS).resolve("seg-000000000002.cgsync"), "theirs");
        assertTrue(syncs.tryAcquire(30, TimeUnit.SECONDS), "a sync was asked for");

        Path joined = Files.createDirectories(root.resolve("aaaabbbbccccddddaaaabbbbccccdddd"));
        assertTrue(syncs.tryAcquire(30, TimeUnit.SECONDS), "a computer joining asks for a sync");
        Files.writeString(joined.resolve("seg-000000000001.cgsync"), "new computer");
        assertTrue(syncs.tryAcquire(30, TimeUnit.SECONDS), "its first segment asks for one too");
    }

    @Test
    void aClosedWatchStaysClosed() throws Exception {
        watch.close();
        watch.watch(target);
        Files.writeString(root.resolve(THEIRS).resolve("seg-000000000001.cgsync"), "theirs");
        assertFalse(syncs.tryAcquire(2, TimeUnit.SECONDS), "nothing is watched after closing");
    }
}
