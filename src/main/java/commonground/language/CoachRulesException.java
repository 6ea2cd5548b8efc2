package commonground.language;

/** Thrown when the coach rules file is missing or malformed; the message names the file and the field. */
public final class CoachRulesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String field;

    CoachRulesException(String source, String field, String problem, Throwable cause) {
        super("Malformed coach rules file " + source + ": field '" + field + "': " + problem, cause);
        this.source = source;
        this.field = field;
    }

    /** The file (resource path or URL) that was being read. */
    public String source() {
        return source;
    }

    /** The field at fault, as a path such as {@code rules[3].pattern}. */
    public String field() {
        return field;
    }
}
