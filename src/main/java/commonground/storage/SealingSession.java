package commonground.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The passphrase lock's state for one open database: whether free text is stored sealed, the
 * data key while unlocked ({@link FieldCipher}), sealing and opening values with it, and the
 * search indexes kept in memory meanwhile ({@link VaultIndexes}). {@link PrivacyLock} is the only
 * one that sets up, installs or forgets the key; repositories seal and open through {@link Database}.
 */
final class SealingSession {

    /** The passphrase lock is set up: free text is stored sealed. */
    private volatile boolean lockEnabled;
    /** Present while unlocked; only the database thread uses it. */
    private volatile FieldCipher cipher;
    private final List<FullTextIndex> indexes = new CopyOnWriteArrayList<>();
    /** The indexes built in memory at the last unlock. */
    private volatile List<FullTextIndex> inMemory = List.of();

    boolean isLockEnabled() {
        return lockEnabled;
    }

    void setLockEnabled(boolean enabled) {
        lockEnabled = enabled;
    }

    /** Whether locked text can be read now (the lock is off, or it was unlocked). */
    boolean isOpenForReading() {
        return !lockEnabled || cipher != null;
    }

    /** Seals and opens with {@code fieldCipher} (or stops, with null) without touching the search indexes. */
    void useCipherForSealing(FieldCipher fieldCipher) {
        cipher = fieldCipher;
    }

    FieldCipher currentCipher() {
        return cipher;
    }

    /** A copy of the data key, to wrap again under a new passphrase. */
    byte[] dataKeyForRewrap() {
        return requireCipher().keyBytes();
    }

    private FieldCipher requireCipher() {
        FieldCipher c = cipher;
        if (c == null) {
            throw new LockedException();
        }
        return c;
    }

    /**
     * The value to store for {@code text} in row {@code rowId}: the text itself, or sealed. Sealed
     * values are bound to the row's stamp when the write ends ({@link #finish}); a row must be
     * written within the same {@link Database#write} that sealed its values.
     */
    Object seal(SealedColumn column, long rowId, String text) {
        String value = text == null ? "" : text;
        if (value.length() > column.maxChars()) {
            throw new IllegalArgumentException("This text is " + value.length() + " characters long; at most "
                    + column.maxChars() + " fit here. Nothing was changed.");
        }
        if (!lockEnabled) {
            return value;
        }
        byte[] sealed = requireCipher().sealPending(column, rowId, value);
        touched.add(new Touched(column.table(), rowId));
        return sealed;
    }

    /**
     * The readable text of a stored value, opening it when sealed. While the lock is on, a value
     * that is not sealed is refused ({@link SealedTextException#notSealed}): the app never stores
     * one, so it was put there by something else and must not be shown as what the user wrote.
     */
    String open(Connection c, SealedColumn column, long rowId, Object stored) {
        if (stored == null) {
            return null;
        }
        if (stored instanceof byte[] sealed) {
            return requireCipher().open(column, rowId, sealed, stampsFrom(c));
        }
        if (lockEnabled) {
            throw SealedTextException.notSealed(column, rowId);
        }
        return stored.toString();
    }

    private static FieldCipher.Stamps stampsFrom(Connection c) {
        return (column, rowId) -> {
            try {
                return RowStamp.read(c, column.table(), rowId);
            } catch (SQLException e) {
                throw StorageException.from(e);
            }
        };
    }

    /** A row one of whose values was sealed in the current write. */
    private record Touched(String table, long rowId) {
    }

    /** The rows sealed into during the current write; only the database thread uses it. */
    private final Set<Touched> touched = new LinkedHashSet<>();

    boolean hasPendingRows() {
        return !touched.isEmpty();
    }

    /** Forgets the rows sealed into during a write that was rolled back. */
    void forgetPendingRows() {
        touched.clear();
    }

    /**
     * Binds what this write sealed to the rows' stamps, at the end of the write: for each row
     * sealed into, its write counter goes up and each of its sealed values is sealed again under
     * the new stamp. A value that fails its check is left as it is (it still fails).
     */
    void finish(Connection c) throws SQLException {
        if (touched.isEmpty()) {
            return;
        }
        List<Touched> rows = List.copyOf(touched);
        touched.clear();
        FieldCipher fc = requireCipher();
        for (Touched row : rows) {
            restamp(c, fc, row);
        }
    }

    private static void restamp(Connection c, FieldCipher fc, Touched row) throws SQLException {
        List<SealedColumn> columns = SealedColumn.inTable(row.table());
        String names = columns.stream().map(col -> "\"" + col.column() + "\"").collect(Collectors.joining(", "));
        RowStamp stamp;
        List<Object> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + RowStamp.UID + ", " + RowStamp.WRITE_COUNT + ", "
                + names + " FROM \"" + row.table() + "\" WHERE id = ?")) {
            ps.setLong(1, row.rowId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return; // Deleted in the same write.
                }
                stamp = new RowStamp(rs.getString(1), rs.getLong(2));
                for (int i = 0; i < columns.size(); i++) {
                    values.add(rs.getObject(3 + i));
                }
            }
        }
        RowStamp next = stamp.next();
        StringBuilder sql = new StringBuilder("UPDATE \"" + row.table() + "\" SET " + RowStamp.WRITE_COUNT + " = ?");
        List<Object> args = new ArrayList<>(List.of(next.writeCount()));
        for (int i = 0; i < columns.size(); i++) {
            if (!(values.get(i) instanceof byte[] sealed)) {
                continue; // Empty, or readable text the app did not write: left for reading to refuse.
            }
            SealedColumn col = columns.get(i);
            String text;
            try {
                text = fc.open(col, row.rowId(), sealed, (x, y) -> stamp);
            } catch (SealedTextException e) {
                continue;
            }
            sql.append(", \"").append(col.column()).append("\" = ?");
            args.add(fc.seal(col, row.rowId(), next, text));
        }
        sql.append(" WHERE id = ?");
        args.add(row.rowId());
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            ps.executeUpdate();
        }
    }

    // ---- Search indexes ----

    /** Adds a search index; idempotent. When unlocked already, it is searchable after the next unlock. */
    void register(FullTextIndex index) {
        if (!indexes.contains(index)) {
            indexes.add(index);
        }
    }

    List<FullTextIndex> indexes() {
        return List.copyOf(indexes);
    }

    /** The table to search for {@code index}: in memory while the lock is on, else on disk. */
    String searchTable(FullTextIndex index) {
        if (!lockEnabled) {
            return "main." + index.name();
        }
        requireCipher();
        if (!inMemory.contains(index)) {
            throw new IllegalStateException("The search index " + index.name() + " was not registered with the "
                    + "database before unlocking, so it cannot be searched while the passphrase lock is on.");
        }
        return VaultIndexes.VAULT + "." + index.name();
    }

    /**
     * Starts using {@code fieldCipher}: locked text can be read and written, and every registered
     * index is built in memory. Runs outside a transaction.
     */
    void install(Connection c, FieldCipher fieldCipher) throws SQLException {
        FieldCipher previous = cipher;
        dropIndexes(c);
        if (previous != null && previous != fieldCipher) {
            previous.forget();
        }
        cipher = fieldCipher;
        try {
            List<FullTextIndex> building = indexes();
            VaultIndexes.build(c, fieldCipher, building);
            inMemory = building;
        } catch (SQLException | RuntimeException e) {
            remove(c);
            throw e;
        }
    }

    /**
     * Forgets the key (wiping its bytes) and the in-memory indexes. Safe to call when neither is
     * there. The key is forgotten even when detaching the indexes fails; that failure is thrown.
     */
    void remove(Connection c) throws SQLException {
        FieldCipher previous = cipher;
        cipher = null;
        if (previous != null) {
            previous.forget();
        }
        touched.clear();
        dropIndexes(c);
    }

    /** Detaches the in-memory indexes, keeping the key (to rewrite every value with it next). */
    void dropIndexes(Connection c) throws SQLException {
        inMemory = List.of();
        VaultIndexes.drop(c, indexes());
    }

    /**
     * Empties each registered index on disk, which must hold nothing readable while the lock is
     * on. Refuses, changing nothing, when the file holds a virtual table that is not registered:
     * it could keep readable text the lock knows nothing of.
     */
    void emptyDiskIndexes(Connection c) throws SQLException {
        Set<String> registered = indexes.stream().map(FullTextIndex::name).collect(Collectors.toSet());
        for (String table : SchemaInfo.virtualTables(c)) {
            if (!registered.contains(table)) {
                throw new IllegalStateException("The search index " + table + " is not registered with the database "
                        + "(Database.registerSearchIndex), so the lock cannot keep it free of readable text.");
            }
        }
        for (FullTextIndex index : indexes) {
            diskCommand(c, index, "delete-all");
        }
    }

    /** Rebuilds each registered index on disk from the readable text (after the lock is turned off). */
    void rebuildDiskIndexes(Connection c) throws SQLException {
        for (FullTextIndex index : indexes) {
            diskCommand(c, index, "rebuild");
        }
    }

    private static void diskCommand(Connection c, FullTextIndex index, String command) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO main." + index.name() + " (" + index.name() + ") VALUES ('" + command + "')");
        }
    }
}
