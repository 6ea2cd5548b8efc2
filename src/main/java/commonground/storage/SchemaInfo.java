package commonground.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the schema holds, read from SQLite itself: the app's own tables (search-index tables left
 * out), their columns (the lock's row stamps left out) and foreign keys, in an order where every table comes after those it refers to.
 * Export and import work from this, so tables that modules add are covered without changes here.
 */
final class SchemaInfo {

    record ForeignKey(String column, String table) {
    }

    record Table(String name, List<String> columns, List<ForeignKey> foreignKeys, boolean hasUuid) {
        ForeignKey foreignKey(String column) {
            return foreignKeys.stream().filter(f -> f.column().equals(column)).findFirst().orElse(null);
        }
    }

    private SchemaInfo() {
    }

    /** The names of the virtual tables (search indexes) in the main schema. */
    static List<String> virtualTables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' "
                        + "ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    static List<Table> tables(Connection c) throws SQLException {
        Set<String> virtual = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                        + "AND name NOT LIKE 'lock\\_%' ESCAPE '\\' AND name NOT LIKE 'sync\\_%' ESCAPE '\\' ORDER BY name")) {
            while (rs.next()) {
                String sql = rs.getString(2) == null ? "" : rs.getString(2);
                if (sql.regionMatches(true, 0, "CREATE VIRTUAL TABLE", 0, 20)) {
                    virtual.add(rs.getString(1));
                } else {
                    names.add(rs.getString(1));
                }
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String name : names) {
            if (isShadow(name, virtual)) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name FROM pragma_table_info('" + name.replace("'", "''") + "')")) {
                while (rs.next()) {
                    if (!isRowStamp(rs.getString(1))) {
                        columns.add(rs.getString(1));
                    }
                }
            }
            List<ForeignKey> fks = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT \"from\", \"table\" FROM pragma_foreign_key_list('" + name.replace("'", "''") + "')")) {
                while (rs.next()) {
                    fks.add(new ForeignKey(rs.getString(1), rs.getString(2)));
                }
            }
            tables.put(name, new Table(name, List.copyOf(columns), List.copyOf(fks), columns.contains("uuid")));
        }
        return topological(tables);
    }

    /**
     * The {@link RowStamp} columns ({@code uid}, {@code wc}) belong to the lock, not to the data:
     * left out of exports, and made afresh for each imported row.
     */
    private static boolean isRowStamp(String column) {
        return column.equals(RowStamp.UID) || column.equals(RowStamp.WRITE_COUNT);
    }

    private static boolean isShadow(String name, Set<String> virtual) {
        for (String v : virtual) {
            if (name.startsWith(v + "_")) {
                return true;
            }
        }
        return false;
    }

    private static List<Table> topological(Map<String, Table> tables) {
        List<Table> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String name : tables.keySet()) {
            visit(name, tables, done, new LinkedHashSet<>(), ordered);
        }
        return ordered;
    }

    private static void visit(String name, Map<String, Table> tables, Set<String> done, Set<String> path,
                              List<Table> ordered) {
        Table t = tables.get(name);
        if (t == null || done.contains(name) || !path.add(name)) {
            return;
        }
        for (ForeignKey fk : t.foreignKeys()) {
            if (!fk.table().equals(name)) {
                visit(fk.table(), tables, done, path, ordered);
            }
        }
        done.add(name);
        ordered.add(t);
    }
}
