package commonground.storage;

import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@code @TempDir} in memory (/dev/shm) where the computer has one, else the usual temporary
 * folder: {@code @TempDir(factory = MemoryTempDir.class)}. Writing there costs no disk flushes.
 *
 * <p>Only for tests that check logic over many files and databases and not what survives a crash
 * (the sync property test makes hundreds of computers and spent its time waiting for the disk).
 * The app's flushes themselves stay tested on a real disk: {@link CrashSafetyTest} kills a
 * running app and checks that every save it acknowledged is there.
 */
public final class MemoryTempDir implements TempDirFactory {

    static final Path SHM = Path.of("/dev/shm");

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws Exception {
        if (Files.isDirectory(SHM) && Files.isWritable(SHM)) {
            return Files.createTempDirectory(SHM, "junit-");
        }
        return Files.createTempDirectory("junit-");
    }
}
