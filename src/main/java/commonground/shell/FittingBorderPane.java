package commonground.shell;

import javafx.geometry.Insets;
import javafx.scene.layout.BorderPane;

/**
 * A {@link BorderPane} that asks for the height its wrapped text really needs. A plain border
 * pane measures its parts at its whole width, padding included, so when text wraps it asks for
 * too little; a scrolling parent then gives it too little and its centre is drawn over its top.
 * This one measures at the width inside its padding, where its parts are laid out.
 */
public class FittingBorderPane extends BorderPane {

    @Override
    protected double computeMinHeight(double width) {
        if (width < 0) {
            return super.computeMinHeight(width);
        }
        Insets insets = getInsets();
        return super.computeMinHeight(Math.max(0, width - insets.getLeft() - insets.getRight()));
    }
}
