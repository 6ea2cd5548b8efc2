package commonground.app;

import commonground.storage.sync.SyncEngine.WatchTarget;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * Watches the sync folder for what other computers write there (their segments and snapshots) and
 * asks for a sync a little later, once the sync tool has had time to finish copying. Only the
 * others' sub-folders are watched, and only their change files count: this computer's own writes,
 * and the device file each computer rewrites at every sync, would otherwise set two computers
 * syncing each other in turn for ever. Where watching does not work (some network shares, a folder
 * not there yet), nothing is said: the five-minute timer still syncs.
 */
final class FolderWatch implements AutoCloseable {

    /** How long after the last file arrives the sync starts: sync tools write in several steps. */
    static final Duration SETTLE = Duration.ofSeconds(15);

    private static final System.Logger LOG = System.getLogger(FolderWatch.class.getName());
    private static final Pattern DEVICE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern CHANGE_FILE = Pattern.compile("(seg|snap)-\\d{12}\\.cgsync");

    private final Runnable onChange;
    private final ScheduledExecutorService timer;
    private final Duration settle;
    private final AtomicBoolean pending = new AtomicBoolean();
    private WatchTarget target;
    private WatchService service;
    private Thread thread;
    private boolean closed;

    /** {@code onChange} runs on {@code timer}, {@code settle} after files arrive (once for a burst). */
    FolderWatch(Runnable onChange, ScheduledExecutorService timer, Duration settle) {
        this.onChange = onChange;
        this.timer = timer;
        this.settle = settle;
    }

    /**
     * Watches {@code next}'s folder (nothing when null). Called after each sync, so a folder that
     * was missing is watched once it is back, and a changed folder replaces the old one.
     */
    synchronized void watch(WatchTarget next) {
        if (closed) {
            return;
        }
        if (next != null && next.equals(target) && thread != null && thread.isAlive()) {
            return;
        }
        stop();
        if (next == null || !Files.isDirectory(next.root())) {
            return;
        }
        try {
            WatchService s = next.root().getFileSystem().newWatchService();
            register(s, next.root());
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(next.root())) {
                for (Path d : dirs) {
                    if (isOther(next, d.getFileName().toString()) && Files.isDirectory(d)) {
                        register(s, d);
                    }
                }
            }
            service = s;
            target = next;
            thread = new Thread(() -> loop(s, next), "common-ground-sync-watch");
            thread.setDaemon(true);
            thread.start();
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(System.Logger.Level.INFO, "The sync folder cannot be watched; the timer syncs instead: " + e);
            stop();
        }
    }

    /** Whether {@code name} in the folder {@code dir} is another computer's change (or a new computer). */
    static boolean isTheirChange(WatchTarget t, Path dir, String name) {
        if (dir.equals(t.root())) {
            return isOther(t, name);
        }
        return isOther(t, dir.getFileName().toString()) && CHANGE_FILE.matcher(name).matches();
    }

    private static boolean isOther(WatchTarget t, String name) {
        return DEVICE_ID.matcher(name).matches() && !name.equals(t.ownDeviceId());
    }

    private void loop(WatchService s, WatchTarget t) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = s.take();
                Path dir = (Path) key.watchable();
                boolean theirs = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        theirs = true;
                        continue;
                    }
                    String name = event.context().toString();
                    if (!isTheirChange(t, dir, name)) {
                        continue;
                    }
                    theirs = true;
                    Path child = dir.resolve(name);
                    if (dir.equals(t.root()) && Files.isDirectory(child)) {
                        register(s, child); // A computer that just joined: its files come next.
                    }
                }
                if (!key.reset() && dir.equals(t.root())) {
                    return; // The folder went away; the next sync watches it again once it is back.
                }
                if (theirs && pending.compareAndSet(false, true)) {
                    timer.schedule(() -> {
                        pending.set(false);
                        onChange.run();
                    }, settle.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopped: the app closes, sync stopped, or the folder changed.
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "Watching the sync folder stopped; the timer syncs instead: " + e);
        }
    }

    private static void register(WatchService s, Path dir) throws IOException {
        dir.register(s, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
    }

    private synchronized void stop() {
        target = null;
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "Closing the folder watch: " + e);
            }
            service = null;
        }
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    /** Stops watching for good (the app closes); a later {@link #watch} does nothing. */
    @Override
    public synchronized void close() {
        closed = true;
        stop();
    }
}
