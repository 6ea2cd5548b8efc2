package commonground.shell;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps a list where the user scrolled it when items are added or removed above what it shows (a
 * note that came in from another computer goes to the top): the same item stays first in view, at
 * the same height. A list at its very top shows what was added there. A list whose items are
 * replaced (a search, a filter) is left to start again as it does.
 */
public final class ListPlace {

    private ListPlace() {
    }

    /** Keeps {@code list}'s place across additions and removals above its first visible row. */
    public static <T> void keep(ListView<T> list) {
        list.getItems().addListener((ListChangeListener<T>) c -> {
            VirtualFlow<?> flow = list.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
            IndexedCell<?> firstCell = flow == null ? null : flow.getFirstVisibleCell();
            if (firstCell == null) {
                return;
            }
            int first = firstCell.getIndex();
            int shift = 0;
            while (c.next()) {
                if (c.wasReplaced() || c.wasPermutated() || c.wasUpdated()) {
                    return;
                }
                if (c.getFrom() < first) {
                    shift += c.getAddedSize() - c.getRemovedSize();
                }
            }
            if (shift == 0 || first + shift < 0) {
                return;
            }
            double offset = firstCell.getLayoutY();
            int keep = first + shift;
            Platform.runLater(() -> {
                flow.scrollToTop(keep);
                flow.scrollPixels(-offset);
            });
        });
    }
}
