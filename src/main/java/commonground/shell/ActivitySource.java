package commonground.shell;

import java.util.List;

/** A module's recent activity for Home. Called on the database thread, never on the JavaFX thread. */
@FunctionalInterface
public interface ActivitySource {

    /** The newest {@code limit} things, newest first. */
    List<Activity> recent(int limit);
}
