package commonground.app;

import commonground.storage.PrivateFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Sends everything logged ({@code System.Logger}, which is JUL underneath, and so also SQLite's
 * driver and JavaFX) to the rotating {@link LogFile} in {@code logs/} in the data folder, instead
 * of the terminal: 1 MB a file, three files. The folder is the user's alone (0700) where the
 * system has such modes. Set up in code at start, so no logging.properties is needed.
 */
final class Logging implements AutoCloseable {

    static final String FOLDER = "logs";
    static final long LIMIT = 1024 * 1024;
    static final int COUNT = 3;

    private final Logger root;
    private final List<Handler> previous;
    private final Level previousLevel;
    private final LogFile file;
    /** False when the file was already in use, started by someone else (the launcher) who keeps it. */
    private final boolean owned;

    private Logging(Logger root, LogFile file, boolean owned) {
        this.root = root;
        this.previous = List.of(root.getHandlers());
        this.previousLevel = root.getLevel();
        this.file = file;
        this.owned = owned;
        if (!owned) {
            return;
        }
        for (Handler h : previous) {
            root.removeHandler(h);
        }
        root.addHandler(file);
        root.setLevel(Level.INFO);
    }

    /**
     * Logs to {@code logs/} in the data folder from now on, until {@link #close()}. If that log is
     * already in use, it is kept, and closing this changes nothing.
     */
    static Logging start(Path dataFolder) throws IOException {
        Path folder = dataFolder.resolve(FOLDER);
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof LogFile existing && existing.folder().equals(folder)) {
                return new Logging(root, existing, false);
            }
        }
        PrivateFiles.folder(folder);
        return new Logging(root, new LogFile(folder, LIMIT, COUNT), true);
    }

    /**
     * For the launcher: logs to the data folder's log before JavaFX starts, so what it says while
     * starting goes there too, and stays on until the app ends. If the folder cannot be made,
     * nothing changes here; the app says what is wrong with the folder when its window opens.
     */
    static void startEarly(Options options) {
        try {
            Path folder = DataFolder.resolve(options.dataDir());
            DataFolder.prepare(folder);
            start(folder);
        } catch (IOException e) {
            // The window's start-up problem screen explains it.
        }
    }

    /** Stops logging to the file; what was logged before (the terminal) takes over again. */
    @Override
    public void close() {
        if (!owned) {
            return;
        }
        root.removeHandler(file);
        file.close();
        for (Handler h : previous) {
            root.addHandler(h);
        }
        root.setLevel(previousLevel);
    }
}
