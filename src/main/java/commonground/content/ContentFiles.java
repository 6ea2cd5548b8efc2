package commonground.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads YAML content files into records, turning every parsing or mapping problem into a
 * {@link ContentException} that names the file, the line and the field.
 */
public final class ContentFiles {

    /** Content files larger than this are refused before parsing. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

    private ContentFiles() {
    }

    /** Reads a YAML resource on the class path, e.g. {@code /commonground/content/practices.yaml}. */
    public static <T> T readResource(String resource, Class<T> type) throws ContentException {
        try (InputStream in = ContentFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ContentException(resource, "the file is missing from the app");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), type);
        } catch (IOException e) {
            throw new ContentException(resource, "could not be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads a YAML file from disk, e.g. one a user imports. */
    public static <T> T readFile(Path file, Class<T> type) throws ContentException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ContentException(name, "this is a folder; please choose a file");
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ContentException(name, "the file is larger than " + (MAX_FILE_BYTES / 1024 / 1024)
                        + " MB, far more than any content file needs");
            }
            return parse(name, Files.readString(file, StandardCharsets.UTF_8), type);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ContentException(name, "the file is not UTF-8 text", e);
        } catch (IOException e) {
            throw new ContentException(name, "could not be read (" + e.getMessage() + ")", e);
        }
    }

    /** Parses YAML text that came from {@code source}. */
    public static <T> T parse(String source, String text, Class<T> type) throws ContentException {
        if (text == null || text.isBlank()) {
            throw new ContentException(source, "the file is empty");
        }
        try {
            JsonNode tree = YAML.readTree(text);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw new ContentException(source, "the file is empty");
            }
            if (!tree.isObject()) {
                throw new ContentException(source, "line 1: expected a YAML mapping (field: value), found "
                        + tree.getNodeType().toString().toLowerCase());
            }
            return YAML.readValue(text, type);
        } catch (JsonMappingException e) {
            throw new ContentException(source, where(e) + describe(e), e);
        } catch (JsonProcessingException e) {
            throw new ContentException(source, YamlWords.syntax(e), e);
        }
    }

    private static String where(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc != null && loc.getLineNr() > 0 ? "line " + loc.getLineNr() + ": " : "";
    }

    private static String describe(JsonMappingException e) {
        String field = fieldPath(e);
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Unrecognized field")) {
            return "unknown field '" + field + "'";
        }
        if (message != null && message.contains("Missing required creator property")) {
            return "missing required field '" + field + "'";
        }
        if (e.getCause() instanceof IllegalArgumentException iae && iae.getMessage() != null) {
            return (field.isEmpty() ? "" : "field '" + field + "': ") + iae.getMessage();
        }
        String kind = YamlWords.wrongKind(message);
        String plain = kind != null ? kind : "this value cannot be used here";
        return (field.isEmpty() ? "" : "field '" + field + "': ") + plain;
    }

    /** A path such as {@code steps[3].options[0].next}. */
    static String fieldPath(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null
                        ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
