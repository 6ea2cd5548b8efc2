package commonground.longgame;

import commonground.shell.WrappingListCell;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * A line of the long game's lists (steps taken, who knows, moments and check-ins): a head and an
 * optional detail line, both wrapping to the list's width so a long entry is read whole at any
 * text size, never cut. {@code accent} names a style class for the head (or null).
 */
final class EntryCell<T> extends WrappingListCell<T> {

    /** What a cell shows of an item. */
    record Lines(String head, String detail, String accent) {
    }

    private final Function<T, Lines> lines;

    EntryCell(Function<T, Lines> lines) {
        this.lines = lines;
        getStyleClass().add("entry-cell");
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        Lines l = lines.apply(item);
        Label head = new Label(l.head());
        head.setWrapText(true);
        head.getStyleClass().add("entry-head");
        if (l.accent() != null) {
            head.getStyleClass().add(l.accent());
        }
        VBox box = new VBox(2, head);
        if (l.detail() != null && !l.detail().isBlank()) {
            Label detail = new Label(l.detail());
            detail.setWrapText(true);
            detail.getStyleClass().add("entry-detail");
            box.getChildren().add(detail);
        }
        setGraphic(box);
        setAccessibleText(l.detail() == null || l.detail().isBlank() ? l.head() : l.head() + ". " + l.detail());
    }
}
