package commonground.shell;

import java.util.List;
import java.util.Optional;

/** Asks the user things. View models use this so they can be tested without windows. */
public interface Dialogs {

    /** Asks a yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * Offers several choices plus Cancel; returns the index of the chosen one, or empty on
     * Cancel or Esc.
     */
    Optional<Integer> choose(String title, String message, List<String> choices);

    /** Tells the user something that went wrong, in plain words. */
    void inform(String title, String message);
}
