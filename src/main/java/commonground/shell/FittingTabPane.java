package commonground.shell;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * A {@link TabPane} that asks for the height its open tab really needs. The stock one claims a
 * minimum height of nothing, so a scrolling page gives it the window's height and no more: at
 * large text the open tab's lower part (a note's notice and its buttons, the buttons under a list)
 * is laid out past the tab's edge, cut off and out of reach, and the page never scrolls to it.
 * This one asks for its headers plus the open tab's minimum height at the width it will have, so
 * the page scrolls instead.
 */
public class FittingTabPane extends TabPane {

    public FittingTabPane(Tab... tabs) {
        super(tabs);
        // Another tab may need another height: the page is measured again.
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> requestLayout());
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinHeight(double width) {
        double stock = super.computeMinHeight(width);
        Tab tab = getSelectionModel().getSelectedItem();
        Node header = lookup(".tab-header-area");
        if (tab == null || tab.getContent() == null || header == null) {
            return stock;
        }
        Insets insets = getInsets();
        double known = width < 0 && getWidth() > 0 ? getWidth() : width; // asked without a width: the one it has
        double inner = known < 0 ? -1 : Math.max(0, known - insets.getLeft() - insets.getRight());
        Node content = tab.getContent();
        double around = 0;
        Parent holder = content.getParent(); // the tab's content area, with its padding
        if (holder instanceof Region area) {
            around = area.snappedTopInset() + area.snappedBottomInset();
            if (inner >= 0) {
                inner = Math.max(0, inner - area.snappedLeftInset() - area.snappedRightInset());
            }
        }
        double need = content.minHeight(content.getContentBias() == Orientation.HORIZONTAL ? inner : -1);
        return Math.max(stock, insets.getTop() + header.prefHeight(-1) + around + need + insets.getBottom());
    }
}
