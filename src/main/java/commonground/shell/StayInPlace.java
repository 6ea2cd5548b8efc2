package commonground.shell;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the control a person is using where it was on screen while something above it grows or
 * shrinks (a row added over a checklist): the page scrolls by the same amount, as a browser does.
 * Where the page cannot scroll that far (it all fits in the window), the rest is left as it is.
 */
public final class StayInPlace {

    private StayInPlace() {
    }

    /** Runs {@code change}, then scrolls {@code page} so {@code anchor} is back where it was. */
    public static void whileChanging(ScrollPane page, Node anchor, Runnable change) {
        Runnable back = holding(page, anchor);
        change.run();
        back.run();
    }

    /**
     * Notes where {@code anchor} is now; the returned action, run once the page has changed (when the
     * answer to a press has come back from the database, say), scrolls {@code page} so it is there again.
     */
    public static Runnable holding(ScrollPane page, Node anchor) {
        if (page.getScene() == null || page.getContent() == null) {
            return () -> { };
        }
        double before = top(anchor);
        return () -> {
            page.applyCss();
            page.layout();
            double moved = top(anchor) - before;
            double room = page.getContent().getLayoutBounds().getHeight() - page.getViewportBounds().getHeight();
            if (Math.abs(moved) < 0.5 || room <= 0) {
                return;
            }
            double scrolled = page.getVvalue() * room + moved;
            page.setVvalue(Math.max(0, Math.min(1, scrolled / room)));
            page.layout();
        };
    }

    private static double top(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinY();
    }
}
