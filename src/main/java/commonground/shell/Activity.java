package commonground.shell;

import java.time.Instant;

/** Something the user did recently, shown on Home: when, in which module, in a few words. */
public record Activity(Instant when, String moduleId, String text) {
}
