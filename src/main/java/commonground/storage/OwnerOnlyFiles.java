package commonground.storage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** The database files are readable by their owner alone (0600), where the file system has modes. */
final class OwnerOnlyFiles {

    private static final System.Logger LOG = System.getLogger(OwnerOnlyFiles.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /** Creates an empty {@code file} (and its folders) readable by its owner alone. */
    static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (supportsPosix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        }
    }

    /** Sets the database file, its log and its shared-memory file to 0600; best effort. */
    static void restrict(Path databaseFile) {
        if (!supportsPosix()) {
            return;
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path p = Path.of(databaseFile.toAbsolutePath() + suffix);
            try {
                if (Files.exists(p)) {
                    Files.setPosixFilePermissions(p, OWNER_ONLY_FILE);
                }
            } catch (IOException | RuntimeException e) {
                // The data still opens; a file system that keeps its own rules is not a reason to refuse it.
                LOG.log(System.Logger.Level.WARNING, "Could not restrict the modes of " + p.getFileName() + ": " + e);
            }
        }
    }

    private static boolean supportsPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
