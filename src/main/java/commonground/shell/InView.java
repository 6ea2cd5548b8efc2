package commonground.shell;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;

/**
 * Keeps a message that answers a button press where it can be read: when its text appears, the page
 * it is on scrolls just far enough to show all of it (a message cut at the bottom edge, or wholly
 * below it, was not seen). Nothing scrolls while the message is already in view.
 */
public final class InView {

    /** Room left below a message brought into view, in pixels. */
    static final double MARGIN = 12;

    private InView() {
    }

    /** Brings {@code message} into view each time it is given text. */
    public static void whenShown(Labeled message) {
        message.textProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isBlank()) {
                Platform.runLater(() -> reveal(message));
            }
        });
    }

    /**
     * After the next frame (once laid out), brings {@code node} into view: something that appears for
     * the person to read (a gentle notice under a note at large text) is not left below the window.
     */
    public static void later(Node node) {
        if (node.getScene() != null) {
            NextFrame.then(node.getScene(), () -> reveal(node));
        }
    }

    /** Scrolls the nearest page around {@code node} the least that shows all of it; false when none had to. */
    public static boolean reveal(Node node) {
        if (node.getScene() == null || !node.isVisible()) {
            return false;
        }
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane && pane.getContent() != null) {
                if (pane.getContent() instanceof Parent content) {
                    content.requestLayout(); // the page may not have grown yet for what just appeared
                }
                pane.applyCss();
                pane.layout();
                Node content = pane.getContent();
                double contentHeight = content.getLayoutBounds().getHeight();
                double viewport = pane.getViewportBounds().getHeight();
                if (contentHeight <= viewport) {
                    continue; // this pane shows all of itself; an outer one may not
                }
                Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double room = contentHeight - viewport;
                double top = pane.getVvalue() * room; // vmin 0, vmax 1 on pages
                double wanted = top;
                if (b.getMaxY() + MARGIN > top + viewport) {
                    wanted = Math.min(b.getMaxY() + MARGIN - viewport, b.getMinY() - MARGIN);
                } else if (b.getMinY() < top) {
                    wanted = b.getMinY() - MARGIN;
                }
                wanted = Math.max(0, Math.min(room, wanted));
                if (wanted != top) {
                    pane.setVvalue(wanted / room);
                    pane.layout();
                    return true;
                }
                return false;
            }
        }
        return false;
    }
}
