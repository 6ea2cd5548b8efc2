package commonground.app;

import commonground.storage.PrivateFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Makes sure only one running app writes to a data folder. The lock is an operating-system lock
 * on {@code common-ground.lock}; the system releases it when a process ends, even by a crash,
 * so a lock file left behind by a crashed run is simply taken over.
 */
public final class InstanceLock implements AutoCloseable {

    public static final String FILE_NAME = "common-ground.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or returns empty when another running app holds it. */
    public static Optional<InstanceLock> tryAcquire(Path dataFolder) throws IOException {
        Path file = dataFolder.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                PrivateFiles.ownerOnly());
        PrivateFiles.restrict(file);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // Held by another app instance in this same process.
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
        return Optional.of(new InstanceLock(channel, lock));
    }

    /** The message for a second launch. */
    public static String alreadyRunningMessage(Path dataFolder) {
        return "Common Ground is already open with this data folder, in another window. "
                + "Please use that window; only one can write to your data at a time. (" + dataFolder + ")";
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The system releases the lock when the process ends.
            System.getLogger(InstanceLock.class.getName()).log(System.Logger.Level.WARNING,
                    "The instance lock could not be released; it is released when the app ends", e);
        }
    }
}
