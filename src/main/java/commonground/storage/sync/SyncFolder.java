package commonground.storage.sync;

import commonground.storage.PrivateFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared folder's layout. Everything lives under {@code common-ground-sync/}:
 * <pre>
 *   key.cgsync                      the sync key, wrapped under the sync passphrase (written once)
 *   &lt;device id&gt;/seg-&lt;n&gt;.cgsync      that computer's changes, numbered from 1, never rewritten
 *   &lt;device id&gt;/snap-&lt;n&gt;.cgsync     everything that computer held after its change n
 *   &lt;device id&gt;/device.cgsync       its name, when it last synced, how far it has read the others
 * </pre>
 * A computer writes only inside its own folder, each file under a temporary name first, flushed
 * to the disk, then renamed, so a sync tool never sees two writers of one file. Names that are not
 * exactly these (a sync tool's temporary files, "conflicted copy" duplicates, our own temporary
 * files) are passed over.
 */
final class SyncFolder {

    static final String ROOT = "common-ground-sync";
    static final String KEY_FILE = "key.cgsync";
    static final String DEVICE_FILE = "device.cgsync";
    private static final Pattern SEGMENT = Pattern.compile("seg-(\\d{12})\\.cgsync");
    private static final Pattern SNAPSHOT = Pattern.compile("snap-(\\d{12})\\.cgsync");
    private static final Pattern DEVICE_ID = Pattern.compile("[0-9a-f]{32}");

    private final Path root;

    SyncFolder(Path chosen) {
        this.root = chosen.toAbsolutePath().resolve(ROOT);
    }

    Path root() {
        return root;
    }

    /** Whether the folder the user chose is there (a disconnected drive or unmounted share is not). */
    boolean reachable() {
        return Files.isDirectory(root.getParent());
    }

    Path keyFile() {
        return root.resolve(KEY_FILE);
    }

    Path deviceFolder(String device) {
        return root.resolve(device);
    }

    static String segmentName(long seq) {
        return String.format("seg-%012d.cgsync", seq);
    }

    static String snapshotName(long seq) {
        return String.format("snap-%012d.cgsync", seq);
    }

    /** What the cipher binds a file to: its device folder and its name. */
    static String place(String device, String fileName) {
        return device + "/" + fileName;
    }

    /** The device folders there are (only names that are device ids). */
    List<String> devices() throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(root)) {
            for (Path p : dir) {
                String name = p.getFileName().toString();
                if (DEVICE_ID.matcher(name).matches() && Files.isDirectory(p)) {
                    out.add(name);
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** The numbered segments of {@code device}, by number. */
    TreeMap<Long, Path> segments(String device) throws IOException {
        return numbered(device, SEGMENT);
    }

    /** The snapshots of {@code device}, by number. */
    TreeMap<Long, Path> snapshots(String device) throws IOException {
        return numbered(device, SNAPSHOT);
    }

    private TreeMap<Long, Path> numbered(String device, Pattern pattern) throws IOException {
        TreeMap<Long, Path> out = new TreeMap<>();
        Path folder = deviceFolder(device);
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
            for (Path p : dir) {
                Matcher m = pattern.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p)) {
                    out.put(Long.parseLong(m.group(1)), p);
                }
            }
        }
        return out;
    }

    /** The highest segment number in {@code device}'s folder, if any. */
    OptionalLong lastSegment(String device) throws IOException {
        TreeMap<Long, Path> all = segments(device);
        return all.isEmpty() ? OptionalLong.empty() : OptionalLong.of(all.lastKey());
    }

    /**
     * Writes {@code bytes} to {@code file}: to a temporary name beside it, forced to the disk, then
     * renamed into place, so the name only ever holds a whole file. {@code replace} says whether an
     * existing file may be replaced (only this computer's own device file is).
     */
    static void writeWhole(Path file, byte[] bytes, boolean replace) throws IOException {
        PrivateFiles.folder(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                out.write(bytes);
                out.flush();
                ch.force(true);
            }
            PrivateFiles.restrict(tmp);
            if (!replace && Files.exists(file)) {
                throw new IOException("A file named " + file.getFileName() + " is already there; it was left as it was.");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
