package commonground.shell;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ListCell;

/**
 * A list cell whose graphic (a title and a detail line, say) wraps to the list's width instead of
 * being cut with an ellipsis: it asks for no width of its own, and for the height its graphic needs
 * at the width it is given (a plain cell asks its graphic's height as if it had all the width it
 * wanted, so wrapped labels were cut).
 */
public class WrappingListCell<T> extends ListCell<T> {

    public WrappingListCell() {
        setPrefWidth(0);
    }

    @Override
    protected double computePrefHeight(double width) {
        Node graphic = getGraphic();
        if (graphic == null || width <= 0 || (getText() != null && !getText().isEmpty())) {
            return super.computePrefHeight(width);
        }
        Insets in = getInsets();
        // Measured as if a vertical scroll bar took its share: the list measures a cell before it
        // knows whether one will show, and a cell measured wider than it ends up loses its last line.
        double scrollBar = getFont() == null ? 16 : getFont().getSize() * 1.4;
        double inner = Math.max(0, width - in.getLeft() - in.getRight() - scrollBar);
        return Math.max(super.computePrefHeight(width), graphic.prefHeight(inner) + in.getTop() + in.getBottom());
    }
}
