package commonground.shell;

import javafx.collections.ObservableList;

import java.util.List;

/**
 * Puts freshly loaded items into a list a view shows, leaving it untouched when they equal what
 * it holds. A module reloads its lists each time it is shown; replacing equal items made the
 * views rebuild their cards, cells and charts on every visit, which is most of what showing a
 * module again allocated (decision 0012).
 */
public final class ReloadedList {

    private ReloadedList() {
    }

    /** Replaces the list's items with {@code items}, unless they are equal; true when it changed. */
    public static <T> boolean setAll(ObservableList<T> list, List<? extends T> items) {
        if (list.equals(items)) {
            return false;
        }
        list.setAll(items);
        return true;
    }
}
