package commonground.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The in-memory copies of the {@link FullTextIndex search indexes} while the passphrase lock is on:
 * an attached {@code :memory:} database named {@value #VAULT}, filled with the opened text and kept
 * current by temporary triggers that open each sealed value through the SQL function
 * {@code cg_open}. Nothing of it reaches the disk (temp_store is MEMORY).
 */
final class VaultIndexes {

    /** The schema holding the in-memory indexes. */
    static final String VAULT = "vault";
    private static final String OPEN_FUNCTION = "cg_open";
    private static final int SQLITE_BLOB = 4;

    private VaultIndexes() {
    }

    /** Builds every index in memory, opening sealed text with {@code cipher}. Runs outside a transaction. */
    static void build(Connection c, FieldCipher cipher, List<FullTextIndex> indexes) throws SQLException {
        org.sqlite.Function.create(c, OPEN_FUNCTION, new org.sqlite.Function() {
            @Override
            protected void xFunc() throws SQLException {
                SealedColumn column = SealedColumn.valueOf(value_text(0));
                long id = value_long(1);
                byte[] blob = value_type(2) == SQLITE_BLOB ? value_blob(2) : null;
                RowStamp stamp = new RowStamp(value_text(3), value_long(4));
                try {
                    // Readable text in a sealed column is not the app's (it seals everything while
                    // the lock is on), so it is left out of the index like a value that fails its check.
                    if (blob == null) {
                        result();
                    } else {
                        result(cipher.open(column, id, blob, (x, y) -> stamp));
                    }
                } catch (SealedTextException e) {
                    result(); // Left out of the index; reading the row reports the problem.
                }
            }
        }, 5, org.sqlite.Function.FLAG_DETERMINISTIC);
        try (Statement s = c.createStatement()) {
            s.execute("ATTACH DATABASE ':memory:' AS " + VAULT);
            for (FullTextIndex index : indexes) {
                build(s, index);
            }
        }
    }

    private static void build(Statement s, FullTextIndex index) throws SQLException {
        String table = VAULT + "." + index.name();
        String source = "main." + index.sourceTable();
        String columns = index.columnList();
        s.execute("CREATE VIRTUAL TABLE " + table + " USING fts5(" + columns
                + (index.options().isBlank() ? "" : ", " + index.options()) + ")");
        if (index.rank() != null) {
            s.execute("INSERT INTO " + table + " (" + index.name() + ", rank) VALUES ('rank', '" + index.rank() + "')");
        }
        String insert = "INSERT INTO " + table + " (rowid, " + columns + ") VALUES (new.id, " + opened(index, "new.")
                + ");";
        String delete = "DELETE FROM " + table + " WHERE rowid = old.id;";
        s.execute("CREATE TEMP TRIGGER " + trigger(index, "insert") + " AFTER INSERT ON " + source + " BEGIN "
                + insert + " END");
        s.execute("CREATE TEMP TRIGGER " + trigger(index, "update") + " AFTER UPDATE OF " + columns + " ON " + source
                + " BEGIN " + delete + " " + insert + " END");
        s.execute("CREATE TEMP TRIGGER " + trigger(index, "delete") + " AFTER DELETE ON " + source + " BEGIN "
                + delete + " END");
        s.execute("INSERT INTO " + table + " (rowid, " + columns + ") SELECT id, " + opened(index, "") + " FROM "
                + source);
    }

    /** {@code cg_open('NOTE_TITLE', new.id, new.title, new.uid, new.wc), ...}: each column's text, opened. */
    private static String opened(FullTextIndex index, String row) {
        return index.columns().stream()
                .map(col -> OPEN_FUNCTION + "('" + col.name() + "', " + row + "id, " + row + col.column() + ", "
                        + row + RowStamp.UID + ", " + row + RowStamp.WRITE_COUNT + ")")
                .collect(Collectors.joining(", "));
    }

    private static String trigger(FullTextIndex index, String event) {
        return VAULT + "_" + index.name() + "_" + event;
    }

    /** Drops the in-memory indexes, their triggers and the function. Safe to call when none is there. */
    static void drop(Connection c, List<FullTextIndex> indexes) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (FullTextIndex index : indexes) {
                for (String event : new String[] {"insert", "update", "delete"}) {
                    s.execute("DROP TRIGGER IF EXISTS temp." + trigger(index, event));
                }
            }
            boolean attached;
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pragma_database_list WHERE name = '" + VAULT + "'")) {
                attached = rs.next();
            }
            if (attached) {
                s.execute("DETACH DATABASE " + VAULT);
            }
        }
        org.sqlite.Function.destroy(c, OPEN_FUNCTION);
    }
}
