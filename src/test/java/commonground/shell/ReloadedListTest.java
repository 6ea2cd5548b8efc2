package commonground.shell;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A list read again (after a sync brought a note in) changes only where it differs, so the view
 * keeps the chosen row and its place: one note added at the top is one addition, a changed title
 * one replacement, and an equal list no change at all.
 */
class ReloadedListTest {

    private final ObservableList<String> list = FXCollections.observableArrayList("c", "b", "a");
    private final List<String> changes = new ArrayList<>();

    ReloadedListTest() {
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add((c.wasReplaced() ? "replaced " : c.wasAdded() ? "added " : "removed ")
                        + c.getFrom() + " " + (c.wasAdded() ? c.getAddedSubList() : c.getRemoved()));
            }
        });
    }

    @Test
    void anEqualListIsLeftAlone() {
        assertFalse(ReloadedList.setAll(list, List.of("c", "b", "a")));
        assertEquals(List.of(), changes);
    }

    @Test
    void aNoteAddedAtTheTopIsOneAddition() {
        assertTrue(ReloadedList.setAll(list, List.of("d", "c", "b", "a")));
        assertEquals(List.of("d", "c", "b", "a"), list);
        assertEquals(List.of("added 0 [d]"), changes);
    }

    @Test
    void aChangedItemIsReplacedWhereItIs() {
        ReloadedList.setAll(list, List.of("c", "B", "a"));
        assertEquals(List.of("c", "B", "a"), list);
        assertEquals(List.of("replaced 1 [B]"), changes);
    }

    @Test
    void aRemovedItemAndAnEntirelyNewListEndAsLoaded() {
        ReloadedList.setAll(list, List.of("c", "a"));
        assertEquals(List.of("c", "a"), list);
        assertEquals(List.of("removed 1 [b]"), changes);
        ReloadedList.setAll(list, List.of("x", "y", "z", "w"));
        assertEquals(List.of("x", "y", "z", "w"), list);
        ReloadedList.setAll(list, List.of());
        assertEquals(List.of(), list);
    }
}
