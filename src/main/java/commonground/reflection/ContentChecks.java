package commonground.reflection;

import commonground.content.ContentException;

import java.util.Set;

/** Checks shared by the prompt library and the needs vocabulary; messages name file, id and field. */
final class ContentChecks {

    private ContentChecks() {
    }

    static void id(String source, String at, String id, Set<String> seen) throws ContentException {
        if (id == null || id.isBlank()) {
            throw new ContentException(source, "missing required field '" + at + ".id'");
        }
        if (!id.matches("[a-z0-9][a-z0-9-]{0,99}")) {
            throw new ContentException(source, "'" + id + "' at " + at + ".id: an id uses only a-z, 0-9 and '-'");
        }
        if (!seen.add(id)) {
            throw new ContentException(source, "duplicate id '" + id + "' at " + at + ".id");
        }
    }

    static void text(String source, String id, String field, String value, int max) throws ContentException {
        if (value == null || value.isBlank()) {
            throw new ContentException(source, "'" + id + "': missing required field '" + field + "'");
        }
        if (value.length() > max) {
            throw new ContentException(source, "'" + id + "': field '" + field + "' is longer than " + max
                    + " characters");
        }
    }
}
