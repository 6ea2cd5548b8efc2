package commonground.cues;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;

/** For UI tests: scrolls the page, as a person would, until a node is in the window, then clicks it. */
public final class PageScroll {

    private PageScroll() {
    }

    public static FxRobotInterface clickInView(FxRobot robot, String query) {
        return clickInView(robot, robot.lookup(query).<Node>query());
    }

    /** Scrolls the page until {@code node} is in view, then clicks it. */
    public static FxRobotInterface clickInView(FxRobot robot, Node node) {
        scrollTo(robot, node);
        return robot.clickOn(node);
    }

    /** Scrolls the page until {@code node} is in view, as a person would before pressing it. */
    public static void scrollTo(FxRobot robot, Node node) {
        robot.interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane pane && pane.getStyleClass().contains("page-scroll")) {
                    double contentHeight = pane.getContent().getLayoutBounds().getHeight();
                    double viewport = pane.getViewportBounds().getHeight();
                    double y = pane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
                    double top = Math.max(0, Math.min(y - 40, contentHeight - viewport));
                    pane.setVvalue(contentHeight <= viewport ? 0 : top / (contentHeight - viewport));
                    pane.layout();
                }
            }
        });
    }
}
