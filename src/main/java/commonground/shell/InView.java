package commonground.shell;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls the page a node is on, as little as it can, so that the node is in sight: something
 * that appears for the person to read (a gentle notice under a note at large text) is not left
 * below the window's edge.
 */
public final class InView {

    /** Room kept between the node and the edge of the view. */
    private static final double MARGIN = 8;

    private InView() {
    }

    /** After the next frame (once laid out), scrolls the nearest page to {@code node}, if it is out of sight. */
    public static void later(Node node) {
        if (node.getScene() != null) {
            NextFrame.then(node.getScene(), () -> now(node));
        }
    }

    /** Scrolls the nearest page to {@code node} now; its top stays in sight if it is taller than the view. */
    public static void now(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane page && page.getStyleClass().contains("page-scroll") && page.getContent() != null) {
                // Laid out again first: the page may not have grown yet for what just appeared.
                if (page.getContent() instanceof Parent content) {
                    content.requestLayout();
                }
                page.layout();
                double total = page.getContent().getLayoutBounds().getHeight();
                double view = page.getViewportBounds().getHeight();
                if (total <= view || view <= 0) {
                    return;
                }
                Bounds b = page.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double range = page.getVmax() - page.getVmin();
                double top = (page.getVvalue() - page.getVmin()) / range * (total - view);
                double shown = top;
                if (b.getMaxY() + MARGIN > shown + view) {
                    shown = b.getMaxY() + MARGIN - view;
                }
                if (b.getMinY() - MARGIN < shown) {
                    shown = b.getMinY() - MARGIN;
                }
                shown = Math.max(0, Math.min(total - view, shown));
                if (shown != top) {
                    page.setVvalue(page.getVmin() + shown / (total - view) * range);
                }
                return;
            }
        }
    }
}
