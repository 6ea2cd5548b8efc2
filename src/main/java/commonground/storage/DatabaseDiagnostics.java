package commonground.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the open database says about itself, for {@code --check} and tests: its
 * settings, its schema version, how many rows each table holds, and whether it passes its check.
 * Each call does database work, so it runs on the database thread.
 */
public final class DatabaseDiagnostics {

    private static final String[] PRAGMAS = {"journal_mode", "synchronous", "foreign_keys", "busy_timeout",
            "temp_store", "trusted_schema", "secure_delete", "application_id", "user_version"};

    private final Database db;

    public DatabaseDiagnostics(Database db) {
        this.db = db;
    }

    /** The connection settings as SQLite reports them. */
    public Map<String, String> pragmas() {
        return db.read(c -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (String name : PRAGMAS) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                    values.put(name, rs.next() ? rs.getString(1) : null);
                }
            }
            return values;
        });
    }

    /** How many rows each of the app's tables holds, by table name (search index tables left out). */
    public Map<String, Long> rowCounts() {
        return db.read(c -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            List<String> tables = new ArrayList<>();
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
                counts.put(table, Sql.queryLong(c, "SELECT count(*) FROM \"" + table + "\""));
            }
            return counts;
        });
    }

    private static boolean isShadowTable(Connection c, String table) throws SQLException {
        String base = table.substring(0, table.lastIndexOf('_'));
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sqlite_schema WHERE name = ? AND sql LIKE 'CREATE VIRTUAL TABLE%'")) {
            ps.setString(1, base);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Runs {@code PRAGMA integrity_check} on the open database; "ok" when all is well. */
    public String integrityCheck() {
        return db.read(c -> {
            StringBuilder out = new StringBuilder();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    out.append(out.length() > 0 ? "; " : "").append(rs.getString(1));
                }
            }
            return out.toString();
        });
    }

    /** The schema version stored in the file. */
    public int schemaVersion() {
        return db.read(c -> Sql.queryInt(c, "PRAGMA user_version"));
    }
}
