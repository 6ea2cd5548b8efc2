package commonground.practice;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls a page (a scroll pane's content) so that a part of it is in view. */
final class PageScroll {

    private PageScroll() {
    }

    /**
     * Scrolls {@code pane} the least needed to show {@code node}; with {@code toTop}, only so far
     * that the node's top is in view, putting it at the top of the view when it was out of sight.
     */
    static void bringIntoView(ScrollPane pane, Node node, boolean toTop) {
        Node content = pane.getContent();
        if (content == null || node.getScene() == null || !node.isVisible()) {
            return;
        }
        pane.layout();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = pane.getViewportBounds().getHeight();
        double room = contentHeight - viewHeight;
        if (room <= 0) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double shownTop = pane.getVvalue() * room;
        double top;
        if (b.getMinY() < shownTop || toTop && b.getMinY() >= shownTop + viewHeight) {
            top = b.getMinY();
        } else if (!toTop && b.getMaxY() > shownTop + viewHeight) {
            top = Math.min(b.getMinY(), b.getMaxY() - viewHeight);
        } else {
            return;
        }
        pane.setVvalue(Math.max(0, Math.min(1, top / room)));
    }
}
