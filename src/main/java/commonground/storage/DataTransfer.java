package commonground.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the user has, to and from one JSON file (format described in {@code docs/export-format.md}).
 * Rows are identified by their {@code uuid}; references between tables are written as the uuid of
 * the row referred to, so an export can be merged into any profile without duplicates.
 */
public final class DataTransfer {

    public static final String FORMAT = "common-ground";
    public static final int FORMAT_VERSION = 1;
    /** Exports larger than this are refused before reading. */
    public static final long MAX_IMPORT_BYTES = 256L * 1024 * 1024;

    /** What an import did, per table. */
    public record ImportResult(Map<String, Integer> added, Map<String, Integer> alreadyThere) {
        public int totalAdded() {
            return added.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Built on first use (a holder class), so creating a DataTransfer costs nothing at start-up. */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    private final Database db;

    public DataTransfer(Database db) {
        this.db = db;
    }

    /** Writes the whole profile to {@code file} (through a temporary file, renamed into place). */
    public void exportTo(Path file) {
        if (Files.isDirectory(file)) {
            throw new StorageException("That is a folder; please choose a file name for the export: " + file, null, 0);
        }
        ObjectNode root = exportTree();
        Path tmp = file.toAbsolutePath().resolveSibling(file.getFileName() + ".tmp");
        try {
            Json.MAPPER.writeValue(tmp.toFile(), root);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // Nothing more to do.
            }
            throw new StorageException("The export could not be written (" + e.getMessage() + ").", e, 0);
        }
    }

    ObjectNode exportTree() {
        return db.read(c -> tree(c, null, db::open));
    }

    /**
     * Builds the export from a connection. With {@code problems} given (salvage), a table that
     * cannot be read, or stops being readable part way, is noted there and what was read is kept.
     */
    /** Opens a sealed value for the export; see {@link Database#open(SealedColumn, long, Object)}. */
    private interface Opener {
        String open(SealedColumn column, long rowId, Object stored);
    }

    /**
     * {@code opener} turns sealed text back into readable text (the export says in words that it is
     * readable; the app asks before writing it). Without one, as in a salvage, sealed text stays sealed.
     */
    private static ObjectNode tree(Connection c, List<String> problems, Opener opener) throws SQLException {
        List<SchemaInfo.Table> tables = SchemaInfo.tables(c);
        Set<String> referenced = referencedWithoutUuid(tables);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            root.put("schemaVersion", rs.next() ? rs.getInt(1) : 0);
        }
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
                    ObjectNode row = JsonNodeFactory.instance.objectNode();
                    for (String col : t.columns()) {
                        if (col.equals("id") && !referenced.contains(t.name())) {
                            continue;
                        }
                        SchemaInfo.ForeignKey fk = t.foreignKey(col);
                        Object value = rs.getObject(col);
                        SealedColumn sealed = SealedColumn.of(t.name(), col);
                        if (sealed != null && opener != null) {
                            value = opener.open(sealed, rs.getLong("id"), value);
                        }
                        if (fk != null && value != null && uuidsById.containsKey(fk.table())) {
                            row.put(col, uuidsById.get(fk.table()).get(((Number) value).longValue()));
                        } else {
                            put(row, col, value);
                        }
                    }
                    rows.add(row);
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

    /** What a salvage got out of a damaged file. */
    public record Salvage(int records, List<String> problems) {
    }

    /**
     * Reads what can still be read from a damaged database file (opened read-only; the file is not
     * changed) and writes it as an export, which can be imported into a new profile.
     */
    public static Salvage salvage(Path damaged, Path exportFile) {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("open_mode", "1");
        List<String> problems = new ArrayList<>();
        ObjectNode root;
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + damaged.toAbsolutePath(), props)) {
            root = tree(c, problems, null);
        } catch (SQLException e) {
            throw new StorageException("Nothing could be read from the damaged file (" + e.getMessage() + ").", e, 11);
        }
        int records = 0;
        for (Iterator<JsonNode> it = root.get("tables").elements(); it.hasNext(); ) {
            records += it.next().size();
        }
        try {
            Json.MAPPER.writeValue(exportFile.toFile(), root);
        } catch (IOException e) {
            throw new StorageException("What could be read was not written (" + e.getMessage() + ").", e, 0);
        }
        return new Salvage(records, List.copyOf(problems));
    }

    /** Reads an export and adds what is not there yet. On any problem nothing is changed. */
    public ImportResult importFrom(Path file) {
        JsonNode root = readExport(file);
        ImportResult result = db.write(c -> {
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
                new PrivacyLock(db).sealAll(c);
            }
            return new ImportResult(added, skipped);
        });
        if (db.isLockEnabled()) {
            new PrivacyLock(db).compact();
        }
        return result;
    }

    private JsonNode readExport(Path file) {
        if (Files.isDirectory(file)) {
            throw new StorageException("That is a folder, not an export file: " + file, null, 0);
        }
        if (!Files.isRegularFile(file)) {
            throw new StorageException("There is no file at " + file, null, 0);
        }
        JsonNode root;
        try {
            if (Files.size(file) > MAX_IMPORT_BYTES) {
                throw new StorageException("This file is larger than " + (MAX_IMPORT_BYTES / 1024 / 1024)
                        + " MB, far larger than any export of Common Ground, so it was not read. Nothing was imported.",
                        null, 0);
            }
            root = Json.MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new StorageException("This file is not a readable export: the JSON is damaged" + where
                    + ". Nothing was imported.", e, 0);
        } catch (IOException e) {
            throw new StorageException("The export could not be read (" + e.getMessage() + "). Nothing was imported.",
                    e, 0);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new StorageException("This file is not a Common Ground export. Nothing was imported.", null, 0);
        }
        int version = root.path("formatVersion").asInt(-1);
        if (version > FORMAT_VERSION) {
            throw new StorageException("This export was made by a newer version of Common Ground (format "
                    + version + "; this version reads up to " + FORMAT_VERSION
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
        return root;
    }

    private static boolean importRow(Connection c, SchemaInfo.Table t, Map<String, SchemaInfo.Table> tables,
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
            if (fk != null && !v.isNull()) {
                values.put(col, localId(c, tables.get(fk.table()), v, idMaps));
            } else {
                values.put(col, value(v));
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
        } else if (exists(c, t.name(), values)) {
            return false;
        }
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

    private static boolean exists(Connection c, String table, Map<String, Object> values) throws SQLException {
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

    private static Object value(JsonNode v) {
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

    private static Map<Long, String> uuidMap(Connection c, String table) throws SQLException {
        Map<Long, String> map = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, uuid FROM \"" + table + "\"")) {
            while (rs.next()) {
                map.put(rs.getLong(1), rs.getString(2));
            }
        }
        return map;
    }

    private static Set<String> referencedWithoutUuid(List<SchemaInfo.Table> tables) {
        Set<String> withUuid = new HashSet<>();
        tables.stream().filter(SchemaInfo.Table::hasUuid).forEach(t -> withUuid.add(t.name()));
        Set<String> referenced = new HashSet<>();
        for (SchemaInfo.Table t : tables) {
            for (SchemaInfo.ForeignKey fk : t.foreignKeys()) {
                if (!withUuid.contains(fk.table())) {
                    referenced.add(fk.table());
                }
            }
        }
        return referenced;
    }
}
