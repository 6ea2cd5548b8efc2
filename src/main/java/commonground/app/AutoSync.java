package commonground.app;

import commonground.storage.Database;
import commonground.storage.sync.SyncEngine;
import commonground.storage.sync.SyncReport;
import javafx.application.Platform;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Syncs by itself while sync is on and the data is unlocked: once the data is open, once after each
 * unlock (the start-up sync finds locked data and waits), every few
 * minutes while the app is open, soon after another computer writes to the folder (watched by
 * {@link FolderWatch}), and as it closes. Each sync runs on the database thread, never on the
 * JavaFX one, and none while the data is locked; the status line says when it brought changes in
 * or could not reach the folder (a problem once, not again at each sync while it lasts).
 */
final class AutoSync {

    static final long EVERY_MINUTES = 5;
    private static final System.Logger LOG = System.getLogger(AutoSync.class.getName());

    private final SyncEngine engine;
    private final Database database;
    private final Consumer<String> status;
    private final Clock clock;
    private ScheduledExecutorService timer;
    private FolderWatch watch;
    private String lastTold;

    AutoSync(SyncEngine engine, Database database, Consumer<String> status, Clock clock) {
        this.engine = engine;
        this.database = database;
        this.status = status;
        this.clock = clock;
    }

    /** Syncs now, then every {@link #EVERY_MINUTES} minutes. */
    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "common-ground-sync-timer");
            t.setDaemon(true);
            return t;
        });
        FolderWatch w = new FolderWatch(this::queue, timer, FolderWatch.SETTLE);
        watch = w;
        // After every sync (this one's, "Sync now", starting or joining), on the database thread: the
        // folder is watched while sync is on, and again once a folder that was missing is back.
        engine.afterEachSync(() -> w.watch(engine.watchTarget().orElse(null)));
        timer.scheduleWithFixedDelay(this::queue, 0, EVERY_MINUTES, TimeUnit.MINUTES);
    }

    /** Queues a last sync before the database closes (closing waits for queued work). */
    void beforeClose() {
        if (watch != null) {
            watch.close();
        }
        if (timer != null) {
            timer.shutdownNow();
        }
        if (!database.executor().isShutdown()) {
            database.executor().execute(() -> syncQuietly(false));
        }
    }

    /** Queues a sync on the database thread, as the timer and the folder watch do. */
    void queue() {
        if (!database.executor().isShutdown()) {
            database.executor().execute(() -> syncQuietly(true));
        }
    }

    private void syncQuietly(boolean tell) {
        try {
            if (!database.isOpenForReading()) {
                return;
            }
            if (!engine.isOn()) {
                if (watch != null) {
                    watch.watch(null); // This computer stopped syncing.
                }
                return;
            }
            SyncReport report = engine.syncNow();
            String time = commonground.shell.Dates.time(ZonedDateTime.now(clock)); // the locale's style
            String problem = report.problems().isEmpty() ? null : report.problems().get(0);
            if (tell && problem != null && !problem.equals(lastTold)) {
                Platform.runLater(() -> status.accept("Sync at " + time + ": " + problem));
            } else if (tell && problem == null && report.filesApplied() > 0) {
                Platform.runLater(() -> status.accept("Synced at " + time
                        + ". Changes from your other computers are here."));
            }
            lastTold = problem;
        } catch (RuntimeException e) {
            // A background sync that fails is tried again at the next one; "Sync now" shows the reason.
            LOG.log(System.Logger.Level.WARNING, "Automatic sync did not complete: " + e.getMessage());
        }
    }
}
