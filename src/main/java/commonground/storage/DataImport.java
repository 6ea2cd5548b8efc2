package commonground.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an {@link ExportFormat export} and adds, in one transaction, the rows that are not there
 * yet: a row with a uuid already present, or a row without uuid equal to one present, is left out.
 * On any problem nothing is changed. With the lock on, imported text is sealed like the rest.
 */
final class DataImport {

    private final Database db;

    DataImport(Database db) {
        this.db = db;
    }

    DataTransfer.ImportResult importFrom(Path file) {
        JsonNode root = readExport(file);
        DataTransfer.ImportResult result = db.write(c -> {
            List<SchemaInfo.Table> tables = SchemaInfo.tables(c);
            Map<String, SchemaInfo.Table> byName = new LinkedHashMap<>();
            tables.forEach(t -> byName.put(t.name(), t));
            JsonNode data = root.get("tables");
            for (Iterator<String> it = data.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!byName.containsKey(name)) {
                    throw new StorageException("The export holds a kind of record this version does not know ('"
                            + name + "'). Nothing was imported.", null, 0);
                }
            }
            Map<String, Integer> added = new LinkedHashMap<>();
            Map<String, Integer> skipped = new LinkedHashMap<>();
            Map<String, Map<Long, Long>> idMaps = new HashMap<>();
            for (SchemaInfo.Table t : tables) {
                JsonNode rows = data.get(t.name());
                if (rows == null) {
                    continue;
                }
                if (!rows.isArray()) {
                    throw new StorageException("In the export, '" + t.name() + "' should be a list. Nothing was imported.",
                            null, 0);
                }
                int a = 0;
                int k = 0;
                for (JsonNode row : rows) {
                    if (importRow(c, t, byName, row, idMaps)) {
                        a++;
                    } else {
                        k++;
                    }
                }
                added.put(t.name(), a);
                skipped.put(t.name(), k);
            }
            if (db.isLockEnabled()) {
                // Imported text is sealed like the rest, and the on-disk index keeps no trace of it.
                new Resealing(db).sealAll(c);
            }
            return new DataTransfer.ImportResult(added, skipped);
        });
        if (db.isLockEnabled()) {
            new Resealing(db).compact();
        }
        return result;
    }

    private static JsonNode readExport(Path file) {
        if (Files.isDirectory(file)) {
            throw new StorageException("That is a folder, not an export file: " + file, null, 0);
        }
        if (!Files.isRegularFile(file)) {
            throw new StorageException("There is no file at " + file, null, 0);
        }
        JsonNode root;
        try {
            if (Files.size(file) > ExportFormat.MAX_IMPORT_BYTES) {
                throw new StorageException("This file is larger than " + (ExportFormat.MAX_IMPORT_BYTES / 1024 / 1024)
                        + " MB, far larger than any export of Common Ground, so it was not read. Nothing was imported.",
                        null, 0);
            }
            root = ExportFormat.mapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new StorageException("This file is not a readable export: the JSON is damaged" + where
                    + ". Nothing was imported.", e, 0);
        } catch (IOException e) {
            throw new StorageException("The export could not be read (" + e.getMessage() + "). Nothing was imported.",
                    e, 0);
        }
        checkHeader(root);
        return root;
    }

    private static void checkHeader(JsonNode root) {
        if (root == null || !root.isObject() || !ExportFormat.FORMAT.equals(root.path("format").asText())) {
            throw new StorageException("This file is not a Common Ground export. Nothing was imported.", null, 0);
        }
        int version = root.path("formatVersion").asInt(-1);
        if (version > ExportFormat.FORMAT_VERSION) {
            throw new StorageException("This export was made by a newer version of Common Ground (format "
                    + version + "; this version reads up to " + ExportFormat.FORMAT_VERSION
                    + "). Please update the app to import it. Nothing was imported.", null, 0);
        }
        if (version < 1) {
            throw new StorageException("This export has no valid format version. Nothing was imported.", null, 0);
        }
        if (root.path("schemaVersion").asInt(0) > Database.latestSchemaVersion()) {
            throw new StorageException("This export holds data from a newer version of Common Ground. "
                    + "Please update the app to import it. Nothing was imported.", null, 0);
        }
        if (!root.path("tables").isObject()) {
            throw new StorageException("This export has no 'tables' section. Nothing was imported.", null, 0);
        }
    }

    private boolean importRow(Connection c, SchemaInfo.Table t, Map<String, SchemaInfo.Table> tables,
                                     JsonNode row, Map<String, Map<Long, Long>> idMaps) throws SQLException {
        if (!row.isObject()) {
            throw new StorageException("In the export, a row of '" + t.name() + "' is not an object. Nothing was imported.",
                    null, 0);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Long oldId = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String col = field.getKey();
            if (!t.columns().contains(col)) {
                throw new StorageException("In the export, '" + t.name() + "' has an unknown field '" + col
                        + "'. Nothing was imported.", null, 0);
            }
            if (col.equals("id")) {
                oldId = field.getValue().asLong();
                continue;
            }
            SchemaInfo.ForeignKey fk = t.foreignKey(col);
            JsonNode v = field.getValue();
            SealedColumn sealed = SealedColumn.of(t.name(), col);
            if (sealed != null && !v.isTextual() && !v.isNull() && !(sealed.numeric() && v.isIntegralNumber())) {
                // An export holds what the user wrote as readable text; anything else here (a blob
                // above all) would be stored as if the app had sealed it, or unopenable.
                throw new StorageException("In the export, a record of '" + t.name() + "' has something other than "
                        + "text in '" + col + "', where only text can be. Nothing was imported.", null, 0);
            }
            if (fk != null && !v.isNull()) {
                values.put(col, localId(c, tables.get(fk.table()), v, idMaps));
            } else {
                values.put(col, ExportFormat.value(v));
            }
        }
        if (t.hasUuid()) {
            Object uuid = values.get("uuid");
            if (uuid == null) {
                throw new StorageException("In the export, a row of '" + t.name() + "' has no uuid. Nothing was imported.",
                        null, 0);
            }
            Long existing = idOf(c, t.name(), String.valueOf(uuid));
            if (existing != null) {
                return false;
            }
        } else if (exists(c, t, values)) {
            return false;
        }
        return insert(c, t, values, oldId, idMaps);
    }

    /**
     * Whether a row equal to {@code values} is there, for a table without uuids. A sealed column
     * is compared by its opened text, as a sealed value never equals the text it holds.
     */
    private boolean exists(Connection c, SchemaInfo.Table table, Map<String, Object> values) throws SQLException {
        Map<String, Object> plain = new LinkedHashMap<>();
        Map<SealedColumn, Object> sealed = new LinkedHashMap<>();
        boolean identified = values.keySet().stream().map(col -> SealedColumn.of(table.name(), col))
                .anyMatch(sc -> sc != null && sc.identifiesRow());
        values.forEach((col, v) -> {
            SealedColumn sc = SealedColumn.of(table.name(), col);
            if (identified) {
                // Identified by its references and the identifying sealed column, as a UNIQUE key would be.
                if (sc != null && sc.identifiesRow()) {
                    sealed.put(sc, v);
                } else if (table.foreignKey(col) != null) {
                    plain.put(col, v);
                }
            } else if (sc == null) {
                plain.put(col, v);
            } else {
                sealed.put(sc, v);
            }
        });
        if (sealed.isEmpty()) {
            return existsPlain(c, table.name(), values);
        }
        List<String> cols = new ArrayList<>(plain.keySet());
        String where = cols.isEmpty() ? "1" : String.join(" AND ", cols.stream().map(x -> "\"" + x + "\" IS ?").toList());
        String select = String.join(", ", sealed.keySet().stream().map(x -> "\"" + x.column() + "\"").toList());
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + select + " FROM \"" + table.name() + "\" WHERE "
                + where)) {
            bind(ps, cols, plain);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (sameOpened(rs, sealed)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean sameOpened(ResultSet rs, Map<SealedColumn, Object> sealed) throws SQLException {
        int i = 2;
        for (Map.Entry<SealedColumn, Object> e : sealed.entrySet()) {
            String stored;
            try {
                stored = db.open(e.getKey(), rs.getLong(1), rs.getObject(i++));
            } catch (SealedTextException unreadable) {
                return false;
            }
            String wanted = e.getValue() == null ? null : e.getValue().toString();
            if (!java.util.Objects.equals(stored, wanted)) {
                return false;
            }
        }
        return true;
    }

    private static boolean insert(Connection c, SchemaInfo.Table t, Map<String, Object> values, Long oldId,
                                  Map<String, Map<Long, Long>> idMaps) throws SQLException {
        List<String> cols = new ArrayList<>(values.keySet());
        String sql = "INSERT OR IGNORE INTO \"" + t.name() + "\" (" + String.join(", ", cols.stream().map(x -> "\"" + x + "\"").toList())
                + ") VALUES (" + String.join(", ", cols.stream().map(x -> "?").toList()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, cols, values);
            int n = ps.executeUpdate();
            if (n > 0 && oldId != null) {
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    if (keys.next()) {
                        idMaps.computeIfAbsent(t.name(), x -> new HashMap<>()).put(oldId, keys.getLong(1));
                    }
                }
            }
            return n > 0;
        }
    }

    private static Object localId(Connection c, SchemaInfo.Table target, JsonNode ref,
                                  Map<String, Map<Long, Long>> idMaps) throws SQLException {
        if (target != null && target.hasUuid()) {
            Long id = idOf(c, target.name(), ref.asText());
            if (id == null) {
                throw new StorageException("The export refers to a missing " + target.name() + " (" + ref.asText()
                        + "). Nothing was imported.", null, 0);
            }
            return id;
        }
        Map<Long, Long> map = target == null ? null : idMaps.get(target.name());
        return map != null && map.containsKey(ref.asLong()) ? map.get(ref.asLong()) : ref.asLong();
    }

    private static Long idOf(Connection c, String table, String uuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM \"" + table + "\" WHERE uuid = ?")) {
            ps.setString(1, uuid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static boolean existsPlain(Connection c, String table, Map<String, Object> values) throws SQLException {
        List<String> cols = new ArrayList<>(values.keySet());
        if (cols.isEmpty()) {
            return false;
        }
        String where = String.join(" AND ", cols.stream().map(x -> "\"" + x + "\" IS ?").toList());
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM \"" + table + "\" WHERE " + where + " LIMIT 1")) {
            bind(ps, cols, values);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void bind(PreparedStatement ps, List<String> cols, Map<String, Object> values) throws SQLException {
        for (int i = 0; i < cols.size(); i++) {
            Object v = values.get(cols.get(i));
            if (v == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }
}
