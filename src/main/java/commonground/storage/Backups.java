package commonground.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Copies of the database in {@code backups/} beside it, made with SQLite's online backup: written
 * to a temporary file, checked with {@code integrity_check}, synced, then renamed into place.
 * Keeps the newest backup of each of the last 7 days and of each of the last 4 weeks.
 */
public final class Backups {

    /** A backup file and when it was made. */
    public record Backup(Path file, LocalDateTime madeAt) {
    }

    private static final System.Logger LOG = System.getLogger(Backups.class.getName());
    private static final String PREFIX = "common-ground-";
    private static final String SUFFIX = ".db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");
    private static final int KEEP_DAILY = 7;
    private static final int KEEP_WEEKLY = 4;
    private static final String MANUAL = "-manual";

    private final Database db;
    private final Path folder;
    private final Clock clock;

    /** Backups of {@code db}, named and pruned by the database's clock, in its time zone. */
    public Backups(Database db) {
        this.db = db;
        this.folder = folderFor(db.file());
        this.clock = db.clock();
    }

    public Path folder() {
        return folder;
    }

    /** Makes the automatic backup unless one was already made today; returns it when one was made. */
    public Optional<Backup> dailyIfDue() {
        LocalDate today = LocalDate.now(clock);
        boolean madeToday = list().stream().anyMatch(b -> b.madeAt().toLocalDate().equals(today)
                && !b.file().getFileName().toString().contains(MANUAL));
        return madeToday ? Optional.empty() : Optional.of(make(""));
    }

    /**
     * Makes a backup now, as the user asked (or before a restore). These are kept until the user
     * removes them; only the automatic daily backups are pruned.
     */
    public Backup now() {
        return make(MANUAL);
    }

    private Backup make(String kind) {
        LocalDateTime at = LocalDateTime.now(clock).withNano(0);
        Path target = folder.resolve(PREFIX + STAMP.format(at) + kind + SUFFIX);
        for (int i = 1; Files.exists(target); i++) {
            target = folder.resolve(PREFIX + STAMP.format(at) + kind + "-" + i + SUFFIX);
        }
        writeTo(target);
        prune();
        return new Backup(target, at);
    }

    /**
     * Writes a checked copy of the database to {@code target}: first to a temporary file beside
     * it, which is checked, synced and only then renamed into place.
     */
    public void writeTo(Path target) {
        Path absolute = target.toAbsolutePath();
        Path parent = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new StorageException("That is a folder; please choose a file name for the backup: " + target,
                    null, 0);
        }
        Path tmp = parent.resolve(absolute.getFileName() + ".tmp");
        try {
            Files.createDirectories(parent);
            deleteWithCompanions(tmp);
            // An empty file is an empty database to SQLite; made first, it makes the copy owner-only.
            Files.createFile(tmp, PrivateFiles.ownerOnly());
            db.read(c -> {
                Sql.backupTo(c, tmp);
                return null;
            });
            toSingleFile(tmp);
            String check = integrityCheck(tmp);
            if (!"ok".equals(check)) {
                Files.deleteIfExists(tmp);
                throw new StorageException("The backup copy did not pass its check (" + check
                        + "); your data was not changed.", null, 11);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(parent);
        } catch (IOException e) {
            deleteWithCompanionsQuietly(tmp);
            throw new StorageException("The backup could not be written (" + e.getMessage() + ").", e,
                    isNoSpace(e) ? 13 : 0);
        } catch (StorageException e) {
            deleteWithCompanionsQuietly(tmp);
            throw e;
        }
    }

    /**
     * A copy of a database in write-ahead-log mode keeps that mode, and opening it makes {@code -wal}
     * and {@code -shm} files beside it. Switched to a rollback journal, the copy is one file that
     * opens without leaving anything behind.
     */
    private static void toSingleFile(Path copy) throws IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            throw new IOException("the copy could not be finished: " + e.getMessage(), e);
        }
        for (String suffix : COMPANIONS) {
            Files.deleteIfExists(Path.of(copy + suffix));
        }
    }

    private static final String[] COMPANIONS = {"-wal", "-shm", "-journal"};

    private static void deleteWithCompanions(Path file) throws IOException {
        Files.deleteIfExists(file);
        for (String suffix : COMPANIONS) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }

    private static void deleteWithCompanionsQuietly(Path file) {
        try {
            deleteWithCompanions(file);
        } catch (IOException e) {
            System.getLogger(Backups.class.getName()).log(System.Logger.Level.WARNING,
                    "A partial backup copy could not be removed: " + file, e);
        }
    }

    /**
     * Replaces the data with a backup file, after checking that file and after backing up the
     * current data first. Returns the backup of the data as it was just before.
     */
    public Backup restore(Path from) {
        try {
            DatabaseFileCheck.check(from, Database.APPLICATION_ID, Database.latestSchemaVersion());
        } catch (DatabaseOpenException e) {
            throw new StorageException(e.getMessage(), e, 0);
        }
        if (!Files.isRegularFile(from)) {
            throw new StorageException("There is no backup file at " + from, null, 0);
        }
        String check = integrityCheck(from);
        if (!"ok".equals(check)) {
            throw new StorageException("That backup is damaged (" + check + "), so it was not used. "
                    + "Your data was not changed.", null, 11);
        }
        Backup before = now();
        db.restoreFrom(from);
        return before;
    }

    /** Backups in the folder, newest first. */
    public List<Backup> list() {
        return listIn(folder);
    }

    /** The backups folder that belongs to a database file. */
    public static Path folderFor(Path databaseFile) {
        return databaseFile.toAbsolutePath().getParent().resolve("backups");
    }

    /** The newest backup in a folder that passes {@code integrity_check}, without opening any database. */
    public static Optional<Backup> newestGoodIn(Path folder) {
        return listIn(folder).stream().filter(b -> "ok".equals(integrityCheck(b.file()))).findFirst();
    }

    /** Backups in a folder, newest first. */
    public static List<Backup> listIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(p -> parseStamp(p).ifPresent(at -> found.add(new Backup(p, at))));
        } catch (IOException e) {
            // An unreadable folder offers no backups; what went wrong is noted for whoever looks.
            LOG.log(System.Logger.Level.WARNING, "The backups folder could not be listed: " + e);
            return List.of();
        }
        found.sort(Comparator.comparing(Backup::madeAt).reversed());
        return found;
    }

    /** Deletes automatic backups beyond the newest of each of the last 7 days and 4 weeks. */
    void prune() {
        List<Backup> all = list().stream().filter(b -> !b.file().getFileName().toString().contains(MANUAL)).toList();
        Set<Path> keep = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        for (Backup b : all) {
            LocalDate day = b.madeAt().toLocalDate();
            if (days.size() < KEEP_DAILY && days.add(day)) {
                keep.add(b.file());
            }
        }
        for (Backup b : all) {
            LocalDate day = b.madeAt().toLocalDate();
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.size() < KEEP_WEEKLY && weeks.add(week)) {
                keep.add(b.file());
            }
        }
        for (Backup b : all) {
            if (!keep.contains(b.file())) {
                deleteQuietly(b.file());
            }
        }
    }

    /** Runs {@code PRAGMA integrity_check} on a file through its own read-only connection. */
    public static String integrityCheck(Path file) {
        Properties props = new Properties();
        props.setProperty("open_mode", "1");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                if (out.length() > 0) {
                    out.append("; ");
                }
                out.append(rs.getString(1));
            }
            return out.toString();
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static Optional<LocalDateTime> parseStamp(Path p) {
        String name = p.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String stamp = name.substring(PREFIX.length(), PREFIX.length() + Math.min(17, name.length() - PREFIX.length()));
        try {
            return Optional.of(LocalDateTime.parse(stamp, STAMP));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // Not every system can sync a folder (Windows cannot open one); the file itself is synced.
            LOG.log(System.Logger.Level.DEBUG, "The backups folder was not synced: " + e);
        }
    }

    private static boolean isNoSpace(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase();
        return m.contains("no space") || m.contains("disk full");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A file left behind is tried again at the next prune; nothing the user must act on.
            LOG.log(System.Logger.Level.WARNING, "Could not delete " + p.getFileName() + ": " + e);
        }
    }
}
