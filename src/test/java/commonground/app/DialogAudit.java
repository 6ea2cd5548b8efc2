package commonground.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The one audit every readability test uses, for a whole screen and for a dialog opened the way a
 * person opens it. For each window showing: every text reaches WCAG AA against what it is drawn on
 * and nothing is cut ({@link ScreenAudit}). For a dialog, also: it takes the app's look (theme
 * background, no stock icon), its text and buttons are drawn at the window's text size, it can be
 * resized, it fits on a 1280x800 screen, and each of its buttons is inside it and can be clicked.
 */
final class DialogAudit {

    /** The smallest screen the app is made for. */
    static final double SCREEN_WIDTH = 1280;
    static final double SCREEN_HEIGHT = 800;

    private final FxRobot robot;
    private final AppDriver driver;
    private final boolean dark;
    private final List<String> problems;

    /** Adds what it finds to {@code problems}; {@code dark} is the theme the app was started in. */
    DialogAudit(FxRobot robot, AppDriver driver, boolean dark, List<String> problems) {
        this.robot = robot;
        this.driver = driver;
        this.dark = dark;
        this.problems = problems;
    }

    /** Checks every window showing now (the main window, a dialog, an open drop-down) with {@code check}. */
    void windows(String where, Function<Scene, List<String>> check) {
        AppDriver.onFx(() -> {
            for (Window window : ScreenAudit.showingWindows()) {
                check.apply(window.getScene()).forEach(p -> problems.add(where + ": " + p));
            }
        });
    }

    /** Checks every window showing now for contrast and for text cut short. */
    void windows(String where) {
        windows(where, scene -> {
            List<String> found = new ArrayList<>(ScreenAudit.lowContrast(scene));
            found.addAll(ScreenAudit.clipped(scene));
            return found;
        });
    }

    /**
     * Checks every pop-up showing now (a drop-down, a menu, a calendar, a tooltip: any window but
     * the main one): readable, nothing cut, text drawn at the window's size (a pop-up's own smaller
     * lines, such as the calendar's day names at 0.9em, still follow it; a fixed 14 px does not), and
     * on the screen.
     */
    void popups(String where) throws Exception {
        driver.settle();
        AppDriver.onFx(() -> {
            double mainSize = mainTextSize();
            Window main = robot.lookup("#nav-people").query().getScene().getWindow();
            boolean seen = false;
            for (Window window : ScreenAudit.showingWindows()) {
                if (window == main) {
                    continue;
                }
                seen = true;
                Scene scene = window.getScene();
                List<String> found = new ArrayList<>(ScreenAudit.lowContrast(scene));
                found.addAll(ScreenAudit.clipped(scene));
                for (Node n : ScreenAudit.all(scene.getRoot())) {
                    if (n instanceof javafx.scene.text.Text text && ScreenAudit.shown(n) && text.getText() != null
                            && !text.getText().isBlank() && text.getFont().getSize() < mainSize * 0.85 - 0.1) {
                        found.add("\"" + text.getText() + "\" is drawn at " + text.getFont().getSize()
                                + " px, the window at " + mainSize + " px");
                    }
                }
                if (window.getWidth() > SCREEN_WIDTH || window.getHeight() > SCREEN_HEIGHT) {
                    found.add(String.format("is %.0f x %.0f px, larger than the screen", window.getWidth(),
                            window.getHeight()));
                }
                found.forEach(p -> problems.add(where + ": " + p));
            }
            if (!seen) {
                problems.add(where + ": nothing opened");
            }
        });
    }

    /** Waits for the dialog that opens now, checks it, then closes it with Esc (which answers no). */
    void dialog(String which) throws Exception {
        dialog(which, null);
    }

    /**
     * Waits for the dialog that opens now, checks it, then closes it by clicking {@code closeWith}
     * (a button's label), or with Esc when that is null.
     */
    void dialog(String which, String closeWith) throws Exception {
        driver.settleWhen("the dialog " + which, () -> showing().isPresent());
        driver.settle();
        AtomicReference<Window> window = new AtomicReference<>();
        AppDriver.onFx(() -> {
            DialogPane pane = showing().orElseThrow();
            window.set(pane.getScene().getWindow());
            String name = "the dialog \"" + Optional.ofNullable(pane.getHeaderText()).orElse(which) + "\"";
            check(pane, mainTextSize()).forEach(p -> problems.add(name + ": " + p));
        });
        if (closeWith == null) {
            robot.type(KeyCode.ESCAPE);
        } else {
            robot.clickOn(robot.from(window.get().getScene().getRoot()).lookup(".button-bar .button")
                    .match((Labeled b) -> closeWith.equals(b.getText())).queryAs(Button.class));
        }
        driver.settleWhen("the dialog " + which + " to close", () -> !window.get().isShowing());
    }

    private double mainTextSize() {
        return robot.lookup("#nav-people").queryAs(Labeled.class).getFont().getSize();
    }

    /** The app's dialog showing now, if one is. */
    static Optional<DialogPane> showing() {
        return ScreenAudit.showingWindows().stream().map(w -> w.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst();
    }

    /** What is wrong with a dialog showing, the main window's text being {@code mainSize} px. On the FX thread. */
    List<String> check(DialogPane pane, double mainSize) {
        List<String> found = new ArrayList<>();
        Window window = pane.getScene().getWindow();
        pane.applyCss();
        pane.layout();
        if (!pane.getStyleClass().contains("app-dialog")) {
            found.add("does not take the app's look");
        }
        if (pane.getGraphic() != null) {
            found.add("shows a stock icon");
        }
        String edge = edgeProblem(pane);
        if (edge != null) {
            found.add(edge);
        }
        if (window instanceof Stage stage && !stage.isResizable()) {
            found.add("cannot be resized (a dialog that cannot is drawn blank or too small under some X window managers)");
        }
        if (window.getWidth() > SCREEN_WIDTH || window.getHeight() > SCREEN_HEIGHT) {
            found.add(String.format("is %.0f x %.0f px, larger than a %.0f x %.0f screen", window.getWidth(),
                    window.getHeight(), SCREEN_WIDTH, SCREEN_HEIGHT));
        }
        for (Node n : ScreenAudit.all(pane)) {
            if (!(n instanceof Labeled labeled) || !ScreenAudit.shown(n) || labeled.getText() == null
                    || labeled.getText().isBlank()) {
                continue;
            }
            if (!(n instanceof Button)) {
                Color behind = ScreenAudit.backgroundBehind(labeled, pane.getScene());
                double light = behind.getBrightness();
                if (dark ? light > 0.35 : light < 0.8) {
                    found.add("\"" + labeled.getText() + "\" sits on " + behind + ", not the "
                            + (dark ? "dark" : "light") + " theme's background");
                }
            }
            if (labeled.getFont().getSize() < mainSize - 0.6
                    || n instanceof Button && Math.abs(labeled.getFont().getSize() - mainSize) > 0.6) {
                found.add("\"" + labeled.getText() + "\" is drawn at " + labeled.getFont().getSize()
                        + " px, the window at " + mainSize + " px");
            }
        }
        for (Node n : ScreenAudit.all(pane)) {
            if (n instanceof Button button && n.getParent() != null && isInButtonBar(button) && ScreenAudit.shown(n)) {
                Bounds b = button.localToScene(button.getLayoutBounds());
                Scene scene = pane.getScene();
                if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > scene.getWidth() + 0.5
                        || b.getMaxY() > scene.getHeight() + 0.5 || b.getWidth() < 8 || b.getHeight() < 8) {
                    found.add("the button \"" + button.getText() + "\" is outside the dialog: " + b);
                }
                if (button.isDisabled()) {
                    found.add("the button \"" + button.getText() + "\" cannot be clicked");
                }
            }
        }
        found.addAll(ScreenAudit.clipped(pane.getScene()));
        found.addAll(ScreenAudit.lowContrast(pane.getScene()));
        return found;
    }

    /** WCAG 2.1's least contrast for what is not text (1.4.11): a dialog's edge against its background. */
    static final double EDGE_CONTRAST = 3.0;

    /**
     * Why a dialog's edge cannot be seen, or null: over a page of the same colour, with no window
     * frame or shadow drawn, a dialog without a line of its own around it looks like part of the page.
     */
    static String edgeProblem(DialogPane pane) {
        Color back = ScreenAudit.backgroundBehind(pane.getChildrenUnmodifiable().isEmpty() ? pane
                : pane.getChildrenUnmodifiable().get(0), pane.getScene());
        javafx.scene.layout.Border border = pane.getBorder();
        if (border == null || border.getStrokes().isEmpty()) {
            return "has no edge: over a page of its colour it looks like part of the page";
        }
        javafx.scene.layout.BorderStroke stroke = border.getStrokes().get(0);
        javafx.scene.paint.Paint[] sides = {stroke.getTopStroke(), stroke.getRightStroke(), stroke.getBottomStroke(),
                stroke.getLeftStroke()};
        double[] widths = {stroke.getWidths().getTop(), stroke.getWidths().getRight(), stroke.getWidths().getBottom(),
                stroke.getWidths().getLeft()};
        for (int i = 0; i < 4; i++) {
            if (!(sides[i] instanceof Color c) || widths[i] < 1) {
                return "has a side with no edge drawn";
            }
            double ratio = ScreenAudit.contrast(ScreenAudit.over(c, back), back);
            if (ratio < EDGE_CONTRAST) {
                return String.format("has an edge of %.2f:1 against its background (%s on %s), under %.1f:1",
                        ratio, c, back, EDGE_CONTRAST);
            }
        }
        return null;
    }

    private static boolean isInButtonBar(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ButtonBar) {
                return true;
            }
        }
        return false;
    }
}
