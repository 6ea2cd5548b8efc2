package commonground.storage;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The export file's shape ({@code docs/export-format.md}): a JSON object naming the format, its
 * version and the schema version, and under {@code tables} one list of row objects per table of
 * {@link SchemaInfo}. A value is a number, a string, null, or {@code {"base64": ...}} for bytes.
 * Rows are identified by their {@code uuid}; a reference to a table with uuids is written as the
 * uuid of the row referred to, and a table without uuids keeps its {@code id} when others refer to it.
 */
final class ExportFormat {

    static final String FORMAT = "common-ground";
    static final int FORMAT_VERSION = 1;
    /** Exports larger than this are refused before reading. */
    static final long MAX_IMPORT_BYTES = 256L * 1024 * 1024;

    private ExportFormat() {
    }

    /** Built on first use (a holder class), so nothing of Jackson loads at start-up. */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    static ObjectMapper mapper() {
        return Json.MAPPER;
    }

    /** A stored value as JSON. */
    static void put(ObjectNode row, String col, Object value) {
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

    /** A JSON value as the value to store. */
    static Object value(JsonNode v) {
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

    /** The tables without uuids that other tables refer to: their rows keep their {@code id} in the export. */
    static Set<String> referencedWithoutUuid(List<SchemaInfo.Table> tables) {
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
