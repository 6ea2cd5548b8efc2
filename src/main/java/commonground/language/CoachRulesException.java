package commonground.language;

/** Thrown when the coach rules file is missing or malformed; the message names the file, the field and, where known, the line. */
public final class CoachRulesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String field;
    private final int line;

    CoachRulesException(String source, String field, String problem, Throwable cause) {
        this(source, field, problem, -1, cause);
    }

    CoachRulesException(String source, String field, String problem, int line, Throwable cause) {
        super("Malformed coach rules file " + source + (line > 0 ? ", line " + line : "") + ": field '"
                + field + "': " + problem, cause);
        this.source = source;
        this.field = field;
        this.line = line;
    }

    /** The file (resource path or URL) that was being read. */
    public String source() {
        return source;
    }

    /** The field at fault, as a path such as {@code rules[3].pattern}. */
    public String field() {
        return field;
    }

    /** The line in the file where the problem is, or -1 when it is not known. */
    public int line() {
        return line;
    }
}
