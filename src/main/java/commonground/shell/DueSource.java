package commonground.shell;

import java.time.LocalDate;
import java.util.List;

/** A module's things to come back to, for Home. Called on the database thread, never on the JavaFX thread. */
@FunctionalInterface
public interface DueSource {

    /** Every item not yet revisited whose day is on or before {@code until}, earliest first. */
    List<DueItem> due(LocalDate until);
}
