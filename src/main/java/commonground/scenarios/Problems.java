package commonground.scenarios;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found in one scenario file, each prefixed with the file name. */
final class Problems {

    private final String source;
    private final List<String> all = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    /** A problem with a top-level field. */
    void top(String field, String message) {
        all.add(source + ": field '" + field + "': " + message);
    }

    /** A problem with a field of one step. */
    void step(String stepId, String field, String message) {
        all.add(source + ": step '" + stepId + "', field '" + field + "': " + message);
    }

    /** A problem with a whole step. */
    void stepOnly(String stepId, String message) {
        all.add(source + ": step '" + stepId + "': " + message);
    }

    void at(String stepId, String field, String message) {
        if (stepId == null) {
            top(field, message);
        } else {
            step(stepId, field, message);
        }
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
