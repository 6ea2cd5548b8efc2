package commonground.storage.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The content of the folder's files: JSON, compressed, then sealed ({@link SyncCipher}).
 * A segment or snapshot is
 * {@code {"format":"common-ground-sync","version":1,"schema":N,"device":..,"seq":n,"kind":..,"changes":[..]}},
 * each change {@code {"t":table,"u":uuid,"h":stamp,"v":{device:stamp},"d":deleted,"rec":record}}.
 * {@code schema} is the database schema the writer had; a reader with an older one refuses the file.
 */
final class Segments {

    static final String FORMAT = "common-ground-sync";
    static final int VERSION = 1;
    /** Larger files are refused before reading (a damaged or foreign file). */
    static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder().build()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Segments() {
    }

    static ObjectMapper json() {
        return JSON;
    }

    static byte[] seal(SyncCipher cipher, String place, JsonNode content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            JSON.writeValue(gz, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cipher.seal(place, bytes.toByteArray());
    }

    /**
     * The content of a sealed file.
     *
     * @throws SyncFileException when it is not whole and authentic, or comes from a newer schema
     */
    static ObjectNode open(SyncCipher cipher, String place, byte[] sealed, int schema) throws SyncFileException {
        byte[] plain = cipher.open(place, sealed);
        if (plain == null) {
            throw new SyncFileException(SyncFileException.Reason.NOT_AUTHENTIC, place,
                    place + " is damaged, cut short, or was not written with this sync passphrase; nothing in it was used.");
        }
        JsonNode node;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(plain))) {
            node = JSON.readTree(in);
        } catch (IOException e) {
            throw new SyncFileException(SyncFileException.Reason.NOT_AUTHENTIC, place,
                    place + " could not be read (" + e.getMessage() + "); nothing in it was used.");
        }
        if (!(node instanceof ObjectNode obj) || !FORMAT.equals(node.path("format").asText())) {
            throw new SyncFileException(SyncFileException.Reason.NOT_AUTHENTIC, place,
                    place + " is not a Common Ground sync file; nothing in it was used.");
        }
        if (obj.path("version").asInt() > VERSION || obj.path("schema").asInt() > schema) {
            throw new SyncFileException(SyncFileException.Reason.NEWER_VERSION, place,
                    "Another computer syncs with a newer version of Common Ground. Please update Common Ground here "
                            + "too; until then its changes wait in the folder, unused. (" + place + ")");
        }
        return obj;
    }

    static String vvText(VersionVector vv) {
        try {
            return JSON.writeValueAsString(vv.stamps());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VersionVector vv(String text) {
        try {
            return vv(JSON.readTree(text));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a version vector: " + text, e);
        }
    }

    static VersionVector vv(JsonNode node) {
        Map<String, String> m = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!Hlc.isStamp(e.getValue().asText())) {
                throw new IllegalArgumentException("Not a sync stamp: " + e.getValue());
            }
            m.put(e.getKey(), e.getValue().asText());
        }
        return new VersionVector(m);
    }

    /** A digest of a record's content, to tell whether it changed. */
    static String digest(JsonNode record) {
        try {
            byte[] bytes = JSON.writeValueAsString(record).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
