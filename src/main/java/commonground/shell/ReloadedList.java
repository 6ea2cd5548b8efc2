package commonground.shell;

import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;

/**
 * Puts freshly loaded items into a list a view shows, leaving it untouched when they equal what
 * it holds. A module reloads its lists each time it is shown; replacing equal items made the
 * views rebuild their cards, cells and charts on every visit, which is most of what showing a
 * module again allocated (decision 0012). When they differ, only the part that differs is
 * replaced (a note that came in from another computer is one item added), so a list keeps its
 * selection and where it was scrolled to.
 */
public final class ReloadedList {

    private ReloadedList() {
    }

    /** Replaces the list's items with {@code items}, unless they are equal; true when it changed. */
    public static <T> boolean setAll(ObservableList<T> list, List<? extends T> items) {
        if (list.equals(items)) {
            return false;
        }
        int start = 0;
        int shorter = Math.min(list.size(), items.size());
        while (start < shorter && Objects.equals(list.get(start), items.get(start))) {
            start++;
        }
        int endOld = list.size();
        int endNew = items.size();
        while (endOld > start && endNew > start && Objects.equals(list.get(endOld - 1), items.get(endNew - 1))) {
            endOld--;
            endNew--;
        }
        if (endOld - start == endNew - start) {
            for (int i = start; i < endOld; i++) {
                list.set(i, items.get(i)); // the same place, a changed item (a title edited elsewhere)
            }
        } else {
            if (endOld > start) {
                list.remove(start, endOld);
            }
            if (endNew > start) {
                list.addAll(start, items.subList(start, endNew));
            }
        }
        return true;
    }
}
