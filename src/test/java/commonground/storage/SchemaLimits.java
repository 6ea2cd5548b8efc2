package commonground.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the length limits the schema's {@code CHECK} constraints put on a table's columns, from
 * {@code sqlite_schema} of an open database: {@code length(col) <= N} and
 * {@code length(trim(col)) BETWEEN M AND N} both give N.
 */
public final class SchemaLimits {

    private SchemaLimits() {
    }

    /** The CREATE TABLE statement of {@code table}, as the migrated schema holds it. */
    public static String createSql(Database db, String table) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new AssertionError("no table " + table);
                    }
                    return rs.getString(1);
                }
            }
        });
    }

    /** The most characters the CHECK constraints of {@code table} allow in {@code column}. */
    public static int maxChars(Database db, String table, String column) {
        Pattern limit = Pattern.compile("length\\((?:trim\\()?\"?" + Pattern.quote(column) + "\"?\\)?\\)\\s*"
                + "(?:<=\\s*(\\d+)|BETWEEN\\s+\\d+\\s+AND\\s+(\\d+))", Pattern.CASE_INSENSITIVE);
        Matcher m = limit.matcher(createSql(db, table));
        Set<Integer> found = new TreeSet<>();
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        if (found.size() != 1) {
            throw new AssertionError(table + "." + column + " should have one length limit in its CHECK, found "
                    + found);
        }
        return found.iterator().next();
    }

    /** The columns of {@code table} whose CHECK lets a blob through: those stored sealed with the lock on. */
    public static Set<String> sealable(Database db, String table) {
        Matcher m = Pattern.compile("typeof\\(\"?(\\w+)\"?\\)\\s*=\\s*'blob'", Pattern.CASE_INSENSITIVE)
                .matcher(createSql(db, table));
        Set<String> columns = new TreeSet<>();
        while (m.find()) {
            columns.add(m.group(1));
        }
        return columns;
    }
}
