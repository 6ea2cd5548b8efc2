package commonground.storage;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes everything in the database as one {@link ExportFormat export}, rows sorted so equal data gives equal files. */
final class DataExport {


    /** Opens a sealed value for the export; see {@link Database#open(SealedColumn, long, Object)}. */
    interface Opener {
        String open(SealedColumn column, long rowId, Object stored);
    }

    private DataExport() {
    }

    /** Writes the open database to {@code file} (through a temporary file, renamed into place). */
    static void write(Database db, Path file) {
        if (Files.isDirectory(file)) {
            throw new StorageException("That is a folder; please choose a file name for the export: " + file, null, 0);
        }
        ObjectNode root = db.read(c -> tree(c, null, db::open));
        try {
            // Readable by the user alone, and whole or not at all (PrivateFiles removes a partial copy).
            PrivateFiles.write(file.toAbsolutePath(), out -> ExportFormat.mapper().writeValue(out, root));
        } catch (IOException e) {
            throw new StorageException("The export could not be written (" + e.getMessage() + ").", e, 0);
        }
    }

    /**
     * Builds the export from a connection. {@code opener} turns sealed text back into readable text
     * (the export says in words that it is readable; the app asks before writing it); without one,
     * as in a salvage, sealed text stays sealed. With {@code problems} given (salvage), a table that
     * cannot be read, or stops being readable part way, is noted there and what was read is kept.
     */
    static ObjectNode tree(Connection c, List<String> problems, Opener opener) throws SQLException {
        List<SchemaInfo.Table> tables = SchemaInfo.tables(c);
        Set<String> referenced = ExportFormat.referencedWithoutUuid(tables);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", ExportFormat.FORMAT);
        root.put("formatVersion", ExportFormat.FORMAT_VERSION);
        root.put("schemaVersion", Sql.queryInt(c, "PRAGMA user_version"));
        ObjectNode out = root.putObject("tables");
        Map<String, Map<Long, String>> uuidsById = new HashMap<>();
        for (SchemaInfo.Table t : tables) {
            if (t.hasUuid()) {
                try {
                    uuidsById.put(t.name(), uuidMap(c, t.name()));
                } catch (SQLException e) {
                    if (problems == null) {
                        throw e;
                    }
                    uuidsById.put(t.name(), new HashMap<>());
                }
            }
        }
        for (SchemaInfo.Table t : tables) {
            List<ObjectNode> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + t.name() + "\"")) {
                while (rs.next()) {
                    rows.add(row(rs, t, referenced.contains(t.name()), uuidsById, opener));
                }
            } catch (SQLException e) {
                if (problems == null) {
                    throw e;
                }
                problems.add(t.name() + ": " + rows.size() + " records read, then it could not be read further ("
                        + e.getMessage() + ")");
            }
            rows.sort(Comparator.comparing(r -> t.hasUuid() ? r.path("uuid").asText() : r.toString()));
            ArrayNode array = out.putArray(t.name());
            rows.forEach(array::add);
        }
        return root;
    }

    private static ObjectNode row(ResultSet rs, SchemaInfo.Table t, boolean keepId,
                                  Map<String, Map<Long, String>> uuidsById, Opener opener) throws SQLException {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        for (String col : t.columns()) {
            if (col.equals("id") && !keepId) {
                continue;
            }
            SchemaInfo.ForeignKey fk = t.foreignKey(col);
            Object value = rs.getObject(col);
            SealedColumn sealed = SealedColumn.of(t.name(), col);
            if (sealed != null && opener != null) {
                value = opener.open(sealed, rs.getLong("id"), value);
                if (sealed.numeric() && value != null) {
                    value = Long.parseLong((String) value); // A rating is exported as the number it is.
                }
            }
            if (fk != null && value != null && uuidsById.containsKey(fk.table())) {
                row.put(col, uuidsById.get(fk.table()).get(((Number) value).longValue()));
            } else {
                ExportFormat.put(row, col, value);
            }
        }
        return row;
    }

    private static Map<Long, String> uuidMap(Connection c, String table) throws SQLException {
        Map<Long, String> map = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, uuid FROM \"" + table + "\"")) {
            while (rs.next()) {
                map.put(rs.getLong(1), rs.getString(2));
            }
        }
        return map;
    }
}
