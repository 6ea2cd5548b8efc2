package commonground.app;

import commonground.storage.PrivateFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * The app's log: {@code common-ground.0.log} in the logs folder, moved on to {@code .1} and
 * {@code .2} when it reaches its size limit, so at most {@code count} files are kept. Unlike JUL's
 * own {@code FileHandler}, every file it makes is readable by the user alone (0600, through
 * {@link PrivateFiles}) where the system has such modes, including the ones started on rotation.
 */
final class LogFile extends Handler {

    static final String PATTERN = "common-ground.%g.log";

    private final Path folder;
    private final long limit;
    private final int count;
    private OutputStream out;
    private long written;

    LogFile(Path folder, long limit, int count) throws IOException {
        this.folder = folder;
        this.limit = limit;
        this.count = count;
        setFormatter(new LogFormat());
        open();
    }

    Path folder() {
        return folder;
    }

    static Path file(Path folder, int generation) {
        return folder.resolve(PATTERN.replace("%g", String.valueOf(generation)));
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (out == null || !isLoggable(record)) {
            return;
        }
        byte[] bytes;
        try {
            bytes = getFormatter().format(record).getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            reportError(null, e, ErrorManager.FORMAT_FAILURE);
            return;
        }
        try {
            if (written > 0 && written + bytes.length > limit) {
                rotate();
            }
            out.write(bytes);
            out.flush();
            written += bytes.length;
        } catch (IOException e) {
            reportError(null, e, ErrorManager.WRITE_FAILURE);
        }
    }

    private void open() throws IOException {
        Path file = file(folder, 0);
        if (Files.notExists(file)) {
            Files.createFile(file, PrivateFiles.ownerOnly());
        } else {
            PrivateFiles.restrict(file);
        }
        out = Files.newOutputStream(file, StandardOpenOption.APPEND);
        written = Files.size(file);
    }

    private void rotate() throws IOException {
        out.close();
        out = null;
        Files.deleteIfExists(file(folder, count - 1));
        for (int g = count - 2; g >= 0; g--) {
            if (Files.exists(file(folder, g))) {
                Files.move(file(folder, g), file(folder, g + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        open();
    }

    @Override
    public synchronized void flush() {
        try {
            if (out != null) {
                out.flush();
            }
        } catch (IOException e) {
            reportError(null, e, ErrorManager.FLUSH_FAILURE);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            reportError(null, e, ErrorManager.CLOSE_FAILURE);
        } finally {
            out = null;
        }
    }
}
