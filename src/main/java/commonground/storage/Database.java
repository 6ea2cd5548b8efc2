package commonground.storage;

import commonground.storage.DatabaseOpenException.Reason;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one SQLite database of a profile. Owns the connection, the single thread that all
 * database work runs on, and the clock that stamps what is written; opening runs the
 * {@link Migrator migrations} over a connection with the app's {@link ConnectionSettings settings},
 * and keeps the files owner-only ({@link PrivateFiles}).
 * Free text goes through {@link #seal} and {@link #open}, which follow the passphrase lock's
 * {@link SealingSession session}.
 *
 * <p>Open with {@link #open(Path)}; it refuses, without changing a byte, a file that is empty,
 * not SQLite, made by another program, or made by a newer version of the app.
 */
public final class Database implements AutoCloseable {

    /** "CmGr": written to {@code PRAGMA application_id} so our files can be told from others. */
    public static final int APPLICATION_ID = 0x436d4772;

    /** The file name inside the data folder. */
    public static final String FILE_NAME = "common-ground.db";

    private static final System.Logger LOG = System.getLogger(Database.class.getName());
    private static final String FX_THREAD = "JavaFX Application Thread";

    private final Path file;
    private final Clock clock;
    private final ExecutorService executor;
    private final Object lock = new Object();
    private final SealingSession sealing = new SealingSession();
    private final java.util.concurrent.atomic.AtomicLong unreadableRows = new java.util.concurrent.atomic.AtomicLong();
    private volatile Connection connection;
    private volatile boolean closed;

    private Database(Path file, Clock clock) {
        this.file = file;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "common-ground-db");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * A database at {@code file} that is not opened yet; nothing is read or written. Submit
     * {@link #openNow()} to {@link #executor()} first, so that later work queues behind it.
     */
    public static Database at(Path file) {
        return at(file, Clock.systemDefaultZone());
    }

    /** As {@link #at(Path)}, with the clock that stamps what is written (tests pass one they move). */
    public static Database at(Path file, Clock clock) {
        return new Database(file, clock);
    }

    /** The highest schema version this build knows. */
    public static int latestSchemaVersion() {
        return Migrations.latestVersion();
    }

    /**
     * Opens (or creates) the database at {@code file}, applying any pending migrations.
     *
     * @throws DatabaseOpenException when the file must not be opened; the file is then unchanged
     */
    public static Database open(Path file) throws DatabaseOpenException {
        return open(file, Clock.systemDefaultZone());
    }

    /** As {@link #open(Path)}, with the clock that stamps what is written. */
    public static Database open(Path file, Clock clock) throws DatabaseOpenException {
        Database db = new Database(file, clock);
        try {
            db.openNow();
        } catch (DatabaseOpenException e) {
            db.executor.shutdownNow();
            throw e;
        }
        return db;
    }

    /** Opens the file on the calling thread. See {@link #open(Path)}. */
    public void openNow() throws DatabaseOpenException {
        if (connection != null) {
            return;
        }
        boolean isNew = DatabaseFileCheck.check(file, APPLICATION_ID, Migrations.latestVersion());
        try {
            if (isNew) {
                createOwnerOnly(file);
            }
            Connection c = ConnectionSettings.connect(file);
            try {
                quickCheck(c);
                Migrator.migrate(c);
                sealing.setLockEnabled(hasLockKeys(c));
                restrictFileModes();
            } catch (SQLException | RuntimeException | DatabaseOpenException e) {
                c.close();
                throw e;
            }
            connection = c;
        } catch (SQLException e) {
            StorageException se = StorageException.from(e);
            Reason reason = se.isCorrupt() ? Reason.CORRUPT : Reason.UNREADABLE;
            throw new DatabaseOpenException(reason, file,
                    "Your data could not be opened. " + se.getMessage() + " (" + file + ")", e);
        } catch (IOException e) {
            throw new DatabaseOpenException(Reason.UNREADABLE, file,
                    "Your data file could not be created (" + e.getMessage() + "): " + file, e);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (PrivateFiles.hasModes()) {
            Files.createFile(file, PrivateFiles.ownerOnly());
        }
    }

    /** The database file, its log and its shared-memory file are owner-only (0600); best effort. */
    private void restrictFileModes() {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path p = Path.of(file.toAbsolutePath() + suffix);
            try {
                PrivateFiles.restrict(p);
            } catch (IOException | RuntimeException e) {
                // The data still opens: a file system that keeps its own rules is no reason to refuse it.
                LOG.log(System.Logger.Level.WARNING, "Could not restrict the modes of " + p.getFileName() + ": " + e);
            }
        }
    }

    private void quickCheck(Connection c) throws SQLException, DatabaseOpenException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            String result = rs.next() ? rs.getString(1) : "ok";
            if (!"ok".equals(result)) {
                throw new DatabaseOpenException(Reason.CORRUPT, file,
                        "Your data file is damaged (" + result + "). It was not changed. " + file);
            }
        }
    }

    private static boolean hasLockKeys(Connection c) throws SQLException {
        return Sql.queryInt(c, "SELECT count(*) FROM lock_key") > 0;
    }

    /**
     * Replaces the whole database with the contents of a checked backup file, then migrates it.
     * The lock's key is forgotten only once the restore succeeded: after a failure the data is as
     * it was, and so is whether it can be read.
     */
    void restoreFrom(Path backup) {
        guard();
        synchronized (lock) {
            try {
                Sql.restoreFrom(connection, backup);
                sealing.remove(connection);
                Migrator.migrate(connection);
                sealing.setLockEnabled(hasLockKeys(connection));
            } catch (SQLException e) {
                throw StorageException.from(e);
            }
        }
    }

    public Path file() {
        return file;
    }

    /** The single thread all database work runs on. UI code submits its tasks here. */
    public ExecutorService executor() {
        return executor;
    }

    /** The clock that stamps what is written. */
    public Clock clock() {
        return clock;
    }

    /** Now, as stored in the {@code ..._at} columns ({@link Timestamps}). */
    public String now() {
        return Timestamps.format(clock.instant());
    }

    /** Runs read-only work with the connection in autocommit mode. */
    public <T> T read(SqlWork<T> work) {
        guard();
        synchronized (lock) {
            try {
                T result = work.run(connection);
                if (sealing.hasPendingRows()) {
                    // Values sealed outside a write: bound to their rows now, as a write would at its end.
                    sealing.finish(connection);
                }
                return result;
            } catch (SQLException e) {
                sealing.forgetPendingRows();
                throw StorageException.from(e);
            } catch (RuntimeException e) {
                sealing.forgetPendingRows();
                throw e;
            }
        }
    }

    /**
     * Runs work in one {@code BEGIN IMMEDIATE} transaction, committed on success, rolled back on
     * failure. The connection stays in JDBC auto-commit mode and the transaction is driven with
     * plain SQL, so a transaction SQLite rolled back by itself (a full disk, say) is reported as
     * its real cause.
     */
    public <T> T write(SqlWork<T> work) {
        guard();
        synchronized (lock) {
            try {
                Sql.execute(connection, "BEGIN IMMEDIATE");
                try {
                    T result = work.run(connection);
                    sealing.finish(connection);
                    Sql.execute(connection, "COMMIT");
                    return result;
                } catch (SQLException | RuntimeException e) {
                    sealing.forgetPendingRows();
                    Sql.rollbackAfter(connection, e);
                    throw e;
                }
            } catch (SQLException e) {
                throw StorageException.from(e);
            }
        }
    }

    private void guard() {
        if (closed || connection == null) {
            throw new DatabaseUnavailableException(closed);
        }
        if (FX_THREAD.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("Database work must not run on the JavaFX Application Thread");
        }
    }

    /** The next row id of {@code table}, for sealing a row's text before it is inserted (inside a write). */
    public static long nextId(Connection c, String table) throws SQLException {
        // Never an id used before, even by a deleted row (the tables with sealed text are
        // AUTOINCREMENT, and sqlite_sequence remembers the highest id they ever had).
        try (PreparedStatement ps = c.prepareStatement("SELECT max(coalesce((SELECT seq FROM sqlite_sequence "
                + "WHERE name = ?), 0), coalesce((SELECT max(id) FROM \"" + table + "\"), 0)) + 1")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getLong(1);
            }
        }
    }

    // ---- Free text under the passphrase lock ----

    /**
     * Whether {@code column} is one of the lock's row stamp columns ({@code uid}, {@code wc}): they
     * belong to this file alone, which writes them itself, so nothing copies them elsewhere
     * (export and sync leave them out).
     */
    public static boolean isRowStamp(String column) {
        return RowStamp.UID.equals(column) || RowStamp.WRITE_COUNT.equals(column);
    }

    /** The lock's state for this database; {@link PrivacyLock} drives it. */
    SealingSession sealing() {
        return sealing;
    }

    /** Whether the passphrase lock is set up. Safe to call from any thread. */
    public boolean isLockEnabled() {
        return sealing.isLockEnabled();
    }

    /** Whether locked text can be read now (the lock is off, or it was unlocked). */
    public boolean isOpenForReading() {
        return sealing.isOpenForReading();
    }

    /** The value to store for {@code text} in row {@code rowId}: the text itself, or sealed. */
    public Object seal(SealedColumn column, long rowId, String text) {
        return sealing.seal(column, rowId, text);
    }

    /** The readable text of a stored value, opening it when sealed. */
    public String open(SealedColumn column, long rowId, Object stored) {
        return sealing.open(connection, column, rowId, stored);
    }

    /** Reads a possibly sealed column of the current row. */
    public String open(SealedColumn column, long rowId, ResultSet rs, int index) throws SQLException {
        return open(column, rowId, rs.getObject(index));
    }

    /**
     * Notes that a list left out a row because one of its sealed values failed its check (it was
     * changed outside the app): logged, without any of the text, and counted, so that one damaged
     * row never breaks a whole list. Repositories call this from their list reads.
     */
    public void reportUnreadable(SealedTextException e) {
        unreadableRows.incrementAndGet();
        LOG.log(System.Logger.Level.WARNING, "Left out of a list: " + e.getMessage());
    }

    /** How many rows lists have left out since opening, as unreadable ({@link #reportUnreadable}). */
    public long unreadableRowsLeftOut() {
        return unreadableRows.get();
    }

    /**
     * Registers a feature's search index over sealed text, so that the lock keeps it empty on disk
     * and builds it in memory after unlocking. The app registers each index before opening the
     * database; turning the lock on refuses while the file holds an index that is not registered.
     */
    public void registerSearchIndex(FullTextIndex index) {
        sealing.register(index);
    }

    /**
     * The FTS5 table to search for {@code index}, as a FROM clause names it: {@code main.<name>} on
     * disk, or {@code vault.<name>} in memory while the passphrase lock is on.
     *
     * @throws LockedException when the lock is on and not unlocked
     */
    public String searchTable(FullTextIndex index) {
        return sealing.searchTable(index);
    }

    /**
     * Checkpoints the write-ahead log into the main file (so the {@code .db} alone holds
     * everything) and closes. Waits for queued work to finish first.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (!executor.isShutdown()) {
            executor.execute(this::checkpointAndClose);
            executor.shutdown();
        }
        try {
            if (!executor.awaitTermination(15, TimeUnit.SECONDS)) {
                checkpointAndClose();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void checkpointAndClose() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (connection == null) {
                return;
            }
            try {
                Sql.execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException e) {
                // The data is safe in the log; SQLite replays it next time.
                LOG.log(System.Logger.Level.WARNING, "The write-ahead log was not checkpointed on closing: " + e);
            }
            try {
                connection.close();
            } catch (SQLException e) {
                // Closing is the last step; the file is consistent either way, so it is only noted.
                LOG.log(System.Logger.Level.WARNING, "The database connection did not close cleanly: " + e);
            }
        }
    }
}
