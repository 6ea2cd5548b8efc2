package commonground.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a YAML file is written, so a problem found after parsing (a link to a turn
 * that does not exist, a tag that is not a practice) can name its line. Paths are written as in
 * the messages: {@code turns[2].replies[0].next}.
 */
public final class YamlLines {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final YamlLines NONE = new YamlLines(Map.of());

    private final Map<String, Integer> lines;

    private YamlLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** The lines of {@code yaml}; text that cannot be read gives no lines rather than an error. */
    public static YamlLines of(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            return NONE;
        }
        Map<String, Integer> out = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(yaml)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext context = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
                        ? p.getParsingContext().getParent() : p.getParsingContext();
                String path = path(context);
                int line = p.currentTokenLocation().getLineNr();
                if (line > 0) {
                    out.putIfAbsent(path, line);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Parsing problems are reported by ContentFiles, with their own line.
        }
        return new YamlLines(out);
    }

    /**
     * The line of {@code path}, or of the nearest enclosing field that is written (a missing
     * field is reported at the entry it is missing from); 0 when nothing is known.
     */
    public int lineOf(String path) {
        String p = path == null ? "" : path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            p = parent(p);
        }
    }

    /** "line 12: " for a known line, "" otherwise. */
    public String prefix(String path) {
        int line = lineOf(path);
        return line > 0 ? "line " + line + ": " : "";
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }
}
