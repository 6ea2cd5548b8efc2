package commonground.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders readable by the user alone: folders 0700, files 0600, where the file system
 * has such modes (elsewhere the system's own rules apply). Every file the app writes (data,
 * preferences, backups, exports, plans, the recovery key) goes through here.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Whether this file system has POSIX modes. */
    public static boolean hasModes() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates {@code folder} (and missing parents) and makes {@code folder} itself owner-only. */
    public static Path folder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            if (hasModes()) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            } else {
                Files.createDirectories(folder);
            }
        }
        if (hasModes()) {
            // createDirectories is subject to the umask, and a folder may be older than this rule.
            Files.setPosixFilePermissions(folder, FOLDER);
        }
        return folder;
    }

    /** Makes an existing file owner-only. */
    public static void restrict(Path file) throws IOException {
        if (hasModes() && Files.exists(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /**
     * Writes {@code text} as UTF-8 to {@code file}: first to a temporary owner-only file beside
     * it, then renamed into place, so a reader never sees half a file and the file is never
     * readable by others, not even for a moment.
     */
    public static void writeString(Path file, String text) throws IOException {
        write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Like {@link #writeString}, with the bytes written by {@code writer}. */
    public static void write(Path file, Writer writer) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, ownerOnly());
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** The attribute that creates a file owner-only (none where there are no modes). */
    public static FileAttribute<?>[] ownerOnly() {
        return hasModes() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    /** Writes a file's bytes. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }
}
