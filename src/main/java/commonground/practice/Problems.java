package commonground.practice;

import commonground.content.YamlLines;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems found in one practice file. Each names the file, the line and the field
 * ({@code turns[2].replies[0].next}), and the turn or ending it belongs to when that has an id.
 */
final class Problems {

    private final String source;
    private final YamlLines lines;
    private final List<String> all = new ArrayList<>();

    Problems(String source, YamlLines lines) {
        this.source = source;
        this.lines = lines;
    }

    /** A problem with {@code field}, inside the turn or ending {@code owner} (null at the top). */
    void at(String owner, String field, String message) {
        all.add(source + ": " + lines.prefix(field) + (owner == null ? "" : owner + ", ")
                + "field '" + field + "': " + message);
    }

    void top(String field, String message) {
        at(null, field, message);
    }

    int count() {
        return all.size();
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    List<String> all() {
        return List.copyOf(all);
    }
}
