package commonground.app;

import commonground.storage.DatabaseOpenException;
import commonground.storage.DatabaseUnavailableException;
import commonground.storage.LockedException;
import commonground.storage.StorageException;
import javafx.application.Platform;

import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * The one place failures end that nobody handled where they happened: database work without a
 * handler of its own, and anything thrown and not caught on any thread. Each is logged, and the
 * window says what happened in a calm line, never with a stack trace. A damaged data file opens
 * the recovery screen instead.
 */
final class Failures {

    private static final System.Logger LOG = System.getLogger(Failures.class.getName());

    static final String UNEXPECTED = "Something went wrong, and what you just did may not have finished. "
            + "What was saved before is kept. The details are in the logs folder of your data folder.";

    private final Path databaseFile;
    private final Consumer<String> status;
    private final Consumer<DatabaseOpenException> recovery;

    /** {@code status} shows a line in the window; {@code recovery} shows the damaged-file screen. */
    Failures(Path databaseFile, Consumer<String> status, Consumer<DatabaseOpenException> recovery) {
        this.databaseFile = databaseFile;
        this.status = status;
        this.recovery = recovery;
    }

    /** A failure of database work: said in the status line, unless another screen already says it. */
    void report(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof DatabaseOpenException) {
            return; // The problem screen already says it.
        }
        if (cause instanceof DatabaseUnavailableException) {
            return; // Work queued while the data file was closed; nothing was read or written.
        }
        if (cause instanceof RejectedExecutionException) {
            LOG.log(System.Logger.Level.INFO, "Database work offered after the database thread stopped was not run");
            return; // The app is closing.
        }
        if (cause instanceof LockedException) {
            return; // Work that was under way when the app locked; the unlock screen says what to do.
        }
        if (cause instanceof StorageException se && se.isCorrupt()) {
            LOG.log(System.Logger.Level.ERROR, "The data file is damaged", cause);
            recovery.accept(new DatabaseOpenException(DatabaseOpenException.Reason.CORRUPT, databaseFile,
                    se.getMessage() + " " + databaseFile, se));
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "Database work failed", cause);
        status.accept(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    /** For {@link Thread#setDefaultUncaughtExceptionHandler}: logs, then says so calmly in the window. */
    void uncaught(Thread thread, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "Uncaught failure on thread " + thread.getName(), error);
        try {
            if (Platform.isFxApplicationThread()) {
                status.accept(UNEXPECTED);
            } else {
                Platform.runLater(() -> status.accept(UNEXPECTED));
            }
        } catch (RuntimeException | Error notShown) {
            // JavaFX has stopped (or never started): the log is the only place left to say it.
            LOG.log(System.Logger.Level.DEBUG, "The failure could not be shown in the window");
        }
    }

    /** The failure inside the wrappers that futures and executors put around it. */
    static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
