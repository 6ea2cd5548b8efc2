package commonground.storage.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import commonground.storage.Database;
import commonground.storage.SealedColumn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a synced record as JSON and writes one back. The JSON holds readable text (the sync
 * folder's own encryption protects it); a reference to a row of another table is its uuid; the
 * {@code id} columns stay local, and so do the lock's row stamps ({@code uid}, {@code wc}), which
 * are this file's own. Writing seals through this computer's own {@link Database#seal lock}, with
 * its own row ids from {@link Database#nextId}, inside a {@link Database#write} so the values are
 * bound to the rows' stamps when it ends.
 */
final class RecordCodec {

    /** A reference to a record that is not here (yet): the record waits for it. */
    static final class MissingReference extends Exception {
        private static final long serialVersionUID = 1L;

        private final String table;
        private final String uuid;

        MissingReference(String table, String uuid) {
            super(table + " " + uuid, null, false, false);
            this.table = table;
            this.uuid = uuid;
        }

        String table() {
            return table;
        }

        String uuid() {
            return uuid;
        }
    }

    private record Column(String name, String references) {
    }

    private final Database db;
    private final Map<String, List<Column>> columns = new HashMap<>();

    RecordCodec(Database db) {
        this.db = db;
    }

    /** The record {@code uuid} of {@code t} as it is here, or null when it is not here. */
    ObjectNode read(Connection c, SyncedTable t, String uuid) throws SQLException {
        long id;
        ObjectNode row;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM \"" + t.table() + "\" WHERE uuid = ?")) {
            ps.setString(1, uuid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                id = rs.getLong("id");
                row = row(c, t.table(), rs, null);
            }
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.set("r", row);
        ObjectNode children = record.putObject("c");
        for (SyncedTable.Child child : t.children()) {
            List<ObjectNode> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM \"" + child.table() + "\" WHERE \"" + child.parentColumn() + "\" = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(c, child.table(), rs, child.parentColumn()));
                    }
                }
            }
            rows.sort(Comparator.comparing(ObjectNode::toString));
            ArrayNode array = children.putArray(child.table());
            rows.forEach(array::add);
        }
        return record;
    }

    private ObjectNode row(Connection c, String table, ResultSet rs, String skip) throws SQLException {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        for (Column col : columns(c, table)) {
            if (col.name().equals("id") || col.name().equals(skip) || Database.isRowStamp(col.name())) {
                continue;
            }
            Object value = rs.getObject(col.name());
            SealedColumn sealed = SealedColumn.of(table, col.name());
            if (sealed != null) {
                value = db.open(sealed, rs.getLong("id"), value);
            }
            if (col.references() != null && value != null) {
                value = uuidOf(c, col.references(), ((Number) value).longValue());
            }
            put(row, col.name(), value);
        }
        return row;
    }

    /**
     * Writes {@code record} as record {@code uuid} of {@code t}: updates the row with that uuid
     * or inserts one, and replaces its children.
     */
    void write(Connection c, SyncedTable t, String uuid, JsonNode record) throws SQLException, MissingReference {
        JsonNode r = record.path("r");
        Long existing = idOf(c, t.table(), uuid);
        long id = existing != null ? existing : Database.nextId(c, t.table());
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Column col : columns(c, t.table())) {
            if (col.name().equals("id") || col.name().equals("uuid") || Database.isRowStamp(col.name())
                    || !r.has(col.name())) {
                continue;
            }
            names.add(col.name());
            values.add(value(c, t.table(), col, id, r.get(col.name())));
        }
        if (existing != null) {
            if (!names.isEmpty()) {
                StringBuilder sql = new StringBuilder("UPDATE \"" + t.table() + "\" SET ");
                for (int i = 0; i < names.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append('"').append(names.get(i)).append("\" = ?");
                }
                sql.append(" WHERE id = ?");
                values.add(id);
                execute(c, sql.toString(), values);
            }
        } else {
            names.add(0, "uuid");
            values.add(0, uuid);
            names.add(0, "id");
            values.add(0, id);
            insert(c, t.table(), names, values);
        }
        for (SyncedTable.Child child : t.children()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM \"" + child.table() + "\" WHERE \"" + child.parentColumn() + "\" = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            boolean hasId = columns(c, child.table()).stream().anyMatch(col -> col.name().equals("id"));
            for (JsonNode childRow : record.path("c").path(child.table())) {
                long childId = hasId ? Database.nextId(c, child.table()) : 0;
                List<String> cn = new ArrayList<>();
                List<Object> cv = new ArrayList<>();
                if (hasId) {
                    cn.add("id");
                    cv.add(childId);
                }
                cn.add(child.parentColumn());
                cv.add(id);
                for (Column col : columns(c, child.table())) {
                    if (col.name().equals("id") || col.name().equals(child.parentColumn())
                            || Database.isRowStamp(col.name()) || !childRow.has(col.name())) {
                        continue;
                    }
                    cn.add(col.name());
                    cv.add(value(c, child.table(), col, childId, childRow.get(col.name())));
                }
                insert(c, child.table(), cn, cv);
            }
        }
    }

    /** Deletes record {@code uuid} of {@code t} (its children go with it); false when it was not here. */
    boolean delete(Connection c, SyncedTable t, String uuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM \"" + t.table() + "\" WHERE uuid = ?")) {
            ps.setString(1, uuid);
            return ps.executeUpdate() > 0;
        }
    }

    private Object value(Connection c, String table, Column col, long rowId, JsonNode v)
            throws SQLException, MissingReference {
        Object plain = plain(v);
        if (col.references() != null && plain != null) {
            Long target = idOf(c, col.references(), plain.toString());
            if (target == null) {
                throw new MissingReference(col.references(), plain.toString());
            }
            return target;
        }
        SealedColumn sealed = SealedColumn.of(table, col.name());
        if (sealed != null && plain != null) {
            return db.seal(sealed, rowId, plain.toString());
        }
        return plain;
    }

    private static void insert(Connection c, String table, List<String> names, List<Object> values) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO \"" + table + "\" (");
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('"').append(names.get(i)).append('"');
            marks.append(i == 0 ? "?" : ", ?");
        }
        sql.append(") VALUES (").append(marks).append(')');
        execute(c, sql.toString(), values);
    }

    private static void execute(Connection c, String sql, List<Object> values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            ps.executeUpdate();
        }
    }

    static Long idOf(Connection c, String table, String uuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM \"" + table + "\" WHERE uuid = ?")) {
            ps.setString(1, uuid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static String uuidOf(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT uuid FROM \"" + table + "\" WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The columns of {@code table}, each with the table it refers to when that table has uuids. */
    private List<Column> columns(Connection c, String table) throws SQLException {
        List<Column> known = columns.get(table);
        if (known != null) {
            return known;
        }
        Map<String, String> fks = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT \"from\", \"table\" FROM pragma_foreign_key_list('" + table.replace("'", "''") + "')")) {
            while (rs.next()) {
                fks.put(rs.getString(1), rs.getString(2));
            }
        }
        List<Column> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM pragma_table_info('" + table.replace("'", "''") + "')")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String target = fks.get(name);
                out.add(new Column(name, target != null && hasUuid(c, target) ? target : null));
            }
        }
        columns.put(table, List.copyOf(out));
        return out;
    }

    private static boolean hasUuid(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM pragma_table_info('" + table.replace("'", "''") + "') WHERE name = 'uuid'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static void put(ObjectNode row, String col, Object value) {
        if (value == null) {
            row.putNull(col);
        } else if (value instanceof Integer i) {
            row.put(col, i.longValue());
        } else if (value instanceof Long l) {
            row.put(col, l);
        } else if (value instanceof Number n) {
            row.put(col, n.doubleValue());
        } else if (value instanceof byte[] bytes) {
            row.putObject(col).put("base64", Base64.getEncoder().encodeToString(bytes));
        } else {
            row.put(col, value.toString());
        }
    }

    private static Object plain(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isObject() && v.has("base64")) {
            return Base64.getDecoder().decode(v.get("base64").asText());
        }
        return v.asText();
    }
}
