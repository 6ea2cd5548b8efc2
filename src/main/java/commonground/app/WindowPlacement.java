package commonground.app;

import commonground.shell.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window was and how big, kept in the preferences: the next start opens it there again
 * (centred instead, if that place is on no screen now), maximised if it was.
 */
final class WindowPlacement {

    static final double DEFAULT_WIDTH = 1180;
    static final double DEFAULT_HEIGHT = 760;

    /** Null when there are no preferences (a start-up problem): the default size, centred. */
    private final Preferences preferences;

    WindowPlacement(Preferences preferences) {
        this.preferences = preferences;
    }

    /** A scene of the size the window had last time. */
    Scene scene(Parent root) {
        return new Scene(root, get("window.width", DEFAULT_WIDTH), get("window.height", DEFAULT_HEIGHT));
    }

    /** Puts the stage, whose scene came from {@link #scene}, where it was last time. */
    void restore(Stage stage) {
        if (preferences == null) {
            stage.sizeToScene();
            stage.centerOnScreen();
            return;
        }
        double x = get("window.x", Double.NaN);
        double y = get("window.y", Double.NaN);
        double w = stage.getScene().getWidth();
        double h = stage.getScene().getHeight();
        stage.sizeToScene();
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(w, 1), Math.max(h, 1))).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(Boolean.parseBoolean(preferences.get("window.maximized", "false")));
    }

    /** Notes the stage's place and size in the preferences (saving them is the caller's). */
    void remember(Stage stage) {
        if (preferences == null || stage == null || stage.getScene() == null) {
            return;
        }
        preferences.put("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            preferences.put("window.x", stage.getX());
            preferences.put("window.y", stage.getY());
            preferences.put("window.width", stage.getScene().getWidth());
            preferences.put("window.height", stage.getScene().getHeight());
        }
    }

    private double get(String key, double fallback) {
        return preferences == null ? fallback : preferences.getDouble(key, fallback);
    }
}
