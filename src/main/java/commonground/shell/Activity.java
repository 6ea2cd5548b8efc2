package commonground.shell;

import java.time.Instant;

/**
 * Something the user did recently, shown on Home: when, in which module, in a few words, and what
 * in the module it opens ({@code target}, such as "note:42"; null for the module itself). The words
 * never quote what the user wrote.
 */
public record Activity(Instant when, String moduleId, String text, String target) {

    public Activity(Instant when, String moduleId, String text) {
        this(when, moduleId, text, null);
    }
}
