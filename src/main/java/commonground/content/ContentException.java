package commonground.content;

/**
 * A content file (scenario, cue catalogue, prompts, needs) is not usable. The message names
 * the file and, where known, the line and the field, so an author can fix it.
 */
public final class ContentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;

    public ContentException(String source, String message, Throwable cause) {
        super(source + ": " + message, cause);
        this.source = source;
    }

    public ContentException(String source, String message) {
        this(source, message, null);
    }

    /** The file or resource the problem is in. */
    public String source() {
        return source;
    }
}
