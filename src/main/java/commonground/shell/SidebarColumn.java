package commonground.shell;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The sidebar's column. Its entries are what a person needs to reach, so when the window is too
 * low for all of it (large text on a small screen) it sets aside, one by one, what is only there
 * to read (the tagline, the name, the line on where the data is kept, which About also says),
 * never an entry; they come back when there is room. Decided from the height alone, so it settles
 * in one layout and does not flicker.
 */
final class SidebarColumn extends VBox {

    private final List<Node> spareFirst;

    /** {@code spareFirst}: the parts that may be set aside when there is no room, the first first. */
    SidebarColumn(List<Node> spareFirst) {
        this.spareFirst = List.copyOf(spareFirst);
        getStyleClass().add("sidebar");
    }

    @Override
    protected void layoutChildren() {
        double room = getHeight();
        double width = getWidth();
        double need = heightWith(width, 0);
        int setAside = 0;
        while (need > room && setAside < spareFirst.size()) {
            setAside++;
            need = heightWith(width, setAside);
        }
        for (int i = 0; i < spareFirst.size(); i++) {
            boolean keep = i >= setAside;
            Node part = spareFirst.get(i);
            if (part.isManaged() != keep) {
                part.setManaged(keep);
                part.setVisible(keep);
            }
        }
        super.layoutChildren();
    }

    /**
     * No more than the entries need, with every spare part set aside: a window too low for the
     * whole sidebar is not made taller than the screen (which cut the whole window at its top and
     * bottom edges, the module's page with it).
     */
    @Override
    protected double computeMinHeight(double width) {
        double w = width >= 0 ? width : prefWidth(-1);
        return heightWith(w, spareFirst.size());
    }

    /** The height everything but the first {@code setAside} spare parts takes at {@code width}. */
    private double heightWith(double width, int setAside) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        double total = snappedTopInset() + snappedBottomInset();
        int shown = 0;
        for (Node child : getChildren()) {
            int spare = spareFirst.indexOf(child);
            boolean counted = spare >= 0 ? spare >= setAside && shownWhenRoom(child) : child.isManaged();
            if (counted) {
                total += child.prefHeight(child.getContentBias() == null ? -1 : inner);
                shown++;
            }
        }
        return total + Math.max(0, shown - 1) * snapSpaceY(getSpacing());
    }

    /** A spare part counts when it would be shown with room: set aside here, or shown now. */
    private boolean shownWhenRoom(Node part) {
        return part.isVisible() || !part.isManaged();
    }
}
