package commonground.storage;

import commonground.storage.DatabaseOpenException.Reason;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one SQLite database of a profile. Owns the connection, the single thread that all
 * database work runs on, the schema migrations and the connection settings.
 *
 * <p>Open with {@link #open(Path)}; it refuses, without changing a byte, a file that is empty,
 * not SQLite, made by another program, or made by a newer version of the app.
 */
public final class Database implements AutoCloseable {

    /** "CmGr": written to {@code PRAGMA application_id} so our files can be told from others. */
    public static final int APPLICATION_ID = 0x436d4772;

    /** The file name inside the data folder. */
    public static final String FILE_NAME = "common-ground.db";

    private static final String FX_THREAD = "JavaFX Application Thread";
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final ExecutorService executor;
    private final Object lock = new Object();
    private volatile Connection connection;
    private volatile boolean closed;
    /** The passphrase lock is set up: free text is stored sealed. */
    private volatile boolean lockEnabled;
    /** Present while unlocked; only the database thread uses it. */
    private volatile FieldCipher cipher;

    private Database(Path file) {
        this.file = file;
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
        return new Database(file);
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
        Database db = new Database(file);
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
            Connection c = connect(file);
            try {
                quickCheck(c);
                migrate(c);
                lockEnabled = queryInt(c, "SELECT count(*) FROM lock_key") > 0;
                restrictFileModes();
            } catch (SQLException | RuntimeException e) {
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
        if (supportsPosix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        }
    }

    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA trusted_schema = OFF");
            s.execute("PRAGMA secure_delete = ON");
            // Settings given through the config are applied again here so they hold for certain.
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("PRAGMA temp_store = MEMORY");
        }
        return c;
    }

    private void quickCheck(Connection c) throws SQLException, DatabaseOpenException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            String result = rs.next() ? rs.getString(1) : "ok";
            if (!"ok".equals(result)) {
                c.close();
                throw new DatabaseOpenException(Reason.CORRUPT, file,
                        "Your data file is damaged (" + result + "). It was not changed. " + file);
            }
        }
    }

    /** Replaces the whole database with the contents of a checked backup file, then migrates it. */
    void restoreFrom(Path backup) {
        guard();
        synchronized (lock) {
            try (Statement s = connection.createStatement()) {
                removeCipher(connection);
                s.executeUpdate("restore from \"" + backup.toAbsolutePath() + "\"");
                migrate(connection);
                lockEnabled = queryInt(connection, "SELECT count(*) FROM lock_key") > 0;
            } catch (SQLException e) {
                throw StorageException.from(e);
            }
        }
    }

    private static void migrate(Connection connection) throws SQLException {
        int current = queryInt(connection, "PRAGMA user_version");
        for (Migrations.Migration m : Migrations.all()) {
            if (m.version() <= current) {
                continue;
            }
            // A migration that rebuilds tables runs with foreign keys off (they cannot change inside
            // a transaction), so dropping the old table cascades nothing; the keys are checked
            // before it commits.
            boolean rebuilds = m.sql().startsWith("-- migrate with foreign keys off");
            if (rebuilds) {
                execute(connection, "PRAGMA foreign_keys = OFF");
            }
            execute(connection, "BEGIN IMMEDIATE");
            try {
                ((SQLiteConnection) connection).getDatabase()._exec(m.sql());
                if (rebuilds) {
                    try (Statement s = connection.createStatement();
                         ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                        if (rs.next()) {
                            throw new SQLException("a reference in " + rs.getString(1) + " points nowhere");
                        }
                    }
                }
                execute(connection, "PRAGMA application_id = " + APPLICATION_ID);
                execute(connection, "PRAGMA user_version = " + m.version());
                execute(connection, "COMMIT");
            } catch (SQLException | RuntimeException e) {
                try {
                    execute(connection, "ROLLBACK");
                } catch (SQLException ignored) {
                    // Already rolled back by SQLite.
                }
                throw new SQLException("Migration " + m.resource() + " failed: " + e.getMessage(), e);
            } finally {
                if (rebuilds) {
                    execute(connection, "PRAGMA foreign_keys = ON");
                }
            }
        }
    }

    private void restrictFileModes() {
        if (!supportsPosix()) {
            return;
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path p = Path.of(file.toAbsolutePath() + suffix);
            try {
                if (Files.exists(p)) {
                    Files.setPosixFilePermissions(p, OWNER_ONLY_FILE);
                }
            } catch (IOException | RuntimeException e) {
                // Best effort: a file system without modes keeps its own rules.
            }
        }
    }

    private static boolean supportsPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    public Path file() {
        return file;
    }

    /** The single thread all database work runs on. UI code submits its tasks here. */
    public ExecutorService executor() {
        return executor;
    }

    /** Runs read-only work with the connection in autocommit mode. */
    public <T> T read(SqlWork<T> work) {
        guard();
        synchronized (lock) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw StorageException.from(e);
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
                execute(connection, "BEGIN IMMEDIATE");
                try {
                    T result = work.run(connection);
                    execute(connection, "COMMIT");
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly();
                    throw e;
                }
            } catch (SQLException e) {
                throw StorageException.from(e);
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private void rollbackQuietly() {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException ignored) {
            // SQLite may have rolled back already; the original failure is the one worth reporting.
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

    private static int queryInt(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    // ---- The passphrase lock: sealing free text, and the search index held in memory ----

    /** The schema holding the notes' search index: on disk normally, in memory while locked text is open. */
    static final String VAULT = "vault";

    /** Whether the passphrase lock is set up. Safe to call from any thread. */
    public boolean isLockEnabled() {
        return lockEnabled;
    }

    /** Whether locked text can be read now (the lock is off, or it was unlocked). */
    public boolean isOpenForReading() {
        return !lockEnabled || cipher != null;
    }

    void setLockEnabled(boolean enabled) {
        lockEnabled = enabled;
    }

    /** Seals and opens with {@code fieldCipher} (or stops, with null) without touching the search index. */
    void useCipherForSealing(FieldCipher fieldCipher) {
        cipher = fieldCipher;
    }

    FieldCipher currentCipher() {
        return cipher;
    }

    /** A copy of the data key, to wrap again under a new passphrase. */
    byte[] dataKeyForRewrap() {
        FieldCipher c = cipher;
        if (c == null) {
            throw new LockedException();
        }
        return c.keyBytes();
    }

    /** The value to store for {@code text} in row {@code rowId}: the text itself, or sealed. */
    public Object seal(SealedColumn column, long rowId, String text) {
        String value = text == null ? "" : text;
        if (value.length() > column.maxChars()) {
            throw new IllegalArgumentException("This text is " + value.length() + " characters long; at most "
                    + column.maxChars() + " fit here. Nothing was changed.");
        }
        if (!lockEnabled) {
            return value;
        }
        FieldCipher c = cipher;
        if (c == null) {
            throw new LockedException();
        }
        return c.seal(column, rowId, value);
    }

    /** The readable text of a stored value, opening it when sealed. */
    public String open(SealedColumn column, long rowId, Object stored) {
        if (stored == null) {
            return null;
        }
        if (stored instanceof byte[] sealed) {
            FieldCipher c = cipher;
            if (c == null) {
                throw new LockedException();
            }
            return c.open(column, rowId, sealed);
        }
        return stored.toString();
    }

    /** Reads a possibly sealed column of the current row. */
    public String open(SealedColumn column, long rowId, ResultSet rs, int index) throws SQLException {
        return open(column, rowId, rs.getObject(index));
    }

    /** The notes' full-text table to search: in memory while the lock is on, else on disk. */
    public String noteFtsTable() {
        if (!lockEnabled) {
            return "main.note_fts";
        }
        if (cipher == null) {
            throw new LockedException();
        }
        return VAULT + ".note_fts";
    }

    /**
     * Starts using {@code fieldCipher}: locked text can be read and written, and notes are indexed
     * for search in an in-memory database, kept current by temporary triggers. Nothing of the
     * index reaches the disk (temp_store is MEMORY). Runs outside a transaction.
     */
    void installCipher(Connection c, FieldCipher fieldCipher) throws SQLException {
        removeCipher(c);
        cipher = fieldCipher;
        org.sqlite.Function.create(c, "cg_open", new org.sqlite.Function() {
            @Override
            protected void xFunc() throws SQLException {
                SealedColumn column = SealedColumn.valueOf(value_text(0));
                long id = value_long(1);
                byte[] blob = value_type(2) == 4 /* SQLITE_BLOB */ ? value_blob(2) : null;
                try {
                    result(blob == null ? value_text(2) : fieldCipher.open(column, id, blob));
                } catch (SealedTextException e) {
                    result(); // Left out of the index; reading the note reports the problem.
                }
            }
        }, 3, org.sqlite.Function.FLAG_DETERMINISTIC);
        try (Statement s = c.createStatement()) {
            s.execute("ATTACH DATABASE ':memory:' AS " + VAULT);
            s.execute("CREATE VIRTUAL TABLE " + VAULT + ".note_fts USING fts5(title, body, prefix = '2 3', "
                    + "tokenize = 'unicode61 remove_diacritics 2')");
            s.execute("INSERT INTO " + VAULT + ".note_fts (note_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)')");
            String open = "cg_open('NOTE_TITLE', new.id, new.title), cg_open('NOTE_BODY', new.id, new.body)";
            s.execute("CREATE TEMP TRIGGER vault_note_insert AFTER INSERT ON main.note BEGIN INSERT INTO "
                    + VAULT + ".note_fts (rowid, title, body) VALUES (new.id, " + open + "); END");
            s.execute("CREATE TEMP TRIGGER vault_note_update AFTER UPDATE OF title, body ON main.note BEGIN "
                    + "DELETE FROM " + VAULT + ".note_fts WHERE rowid = old.id; INSERT INTO " + VAULT
                    + ".note_fts (rowid, title, body) VALUES (new.id, " + open + "); END");
            s.execute("CREATE TEMP TRIGGER vault_note_delete AFTER DELETE ON main.note BEGIN "
                    + "DELETE FROM " + VAULT + ".note_fts WHERE rowid = old.id; END");
            s.execute("INSERT INTO " + VAULT + ".note_fts (rowid, title, body) SELECT id, "
                    + "cg_open('NOTE_TITLE', id, title), cg_open('NOTE_BODY', id, body) FROM main.note");
        } catch (SQLException | RuntimeException e) {
            removeCipher(c);
            throw e;
        }
    }

    /** Forgets the key and the in-memory index. Safe to call when neither is there. */
    void removeCipher(Connection c) throws SQLException {
        cipher = null;
        try (Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER IF EXISTS temp.vault_note_insert");
            s.execute("DROP TRIGGER IF EXISTS temp.vault_note_update");
            s.execute("DROP TRIGGER IF EXISTS temp.vault_note_delete");
            boolean attached = false;
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pragma_database_list WHERE name = '" + VAULT + "'")) {
                attached = rs.next();
            }
            if (attached) {
                s.execute("DETACH DATABASE " + VAULT);
            }
        }
        org.sqlite.Function.destroy(c, "cg_open");
    }

    /** The next row id of {@code table}, for sealing a row's text before it is inserted (inside a write). */
    public static long nextId(Connection c, String table) throws SQLException {
        return queryLong(c, "SELECT coalesce(max(id), 0) + 1 FROM \"" + table + "\"");
    }

    private static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The connection settings as SQLite reports them, for the About screen and for tests. */
    public Map<String, String> pragmas() {
        return read(c -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (String name : new String[] {"journal_mode", "synchronous", "foreign_keys", "busy_timeout",
                    "temp_store", "trusted_schema", "secure_delete", "application_id", "user_version"}) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                    values.put(name, rs.next() ? rs.getString(1) : null);
                }
            }
            return values;
        });
    }

    /** How many rows each of the app's tables holds, by table name (search index tables left out). */
    public Map<String, Long> rowCounts() {
        return read(c -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                            + "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                if (table.matches(".*_(data|idx|docsize|config|content)$") && isShadowTable(c, table)) {
                    continue;
                }
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                    counts.put(table, rs.next() ? rs.getLong(1) : 0L);
                }
            }
            return counts;
        });
    }

    private static boolean isShadowTable(Connection c, String table) throws SQLException {
        String base = table.substring(0, table.lastIndexOf('_'));
        try (java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sqlite_schema WHERE name = ? AND sql LIKE 'CREATE VIRTUAL TABLE%'")) {
            ps.setString(1, base);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Runs {@code PRAGMA integrity_check} on the open database; "ok" when all is well. */
    public String integrityCheck() {
        return read(c -> {
            StringBuilder out = new StringBuilder();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    out.append(out.length() > 0 ? "; " : "").append(rs.getString(1));
                }
            }
            return out.toString();
        });
    }

    /**
     * For fault tests: makes the database behave as on a full disk (any write that needs another
     * page fails with SQLITE_FULL) until called again with {@code false}. Not used by the app.
     */
    public void simulateFullDisk(boolean full) {
        read(c -> {
            try (Statement s = c.createStatement()) {
                if (full) {
                    int pages = queryInt(c, "PRAGMA page_count");
                    s.execute("PRAGMA max_page_count = " + pages);
                } else {
                    s.execute("PRAGMA max_page_count = 4294967294");
                }
            }
            return null;
        });
    }

    /** The schema version stored in the file. */
    public int schemaVersion() {
        return read(c -> queryInt(c, "PRAGMA user_version"));
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
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException e) {
                // The data is safe in the log; SQLite replays it next time.
            }
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Nothing more can be done while closing.
            }
        }
    }
}
