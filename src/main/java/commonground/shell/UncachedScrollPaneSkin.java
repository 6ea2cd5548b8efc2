package commonground.shell;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * JavaFX's scroll pane skin with its viewport not cached as a bitmap. The stock skin caches the
 * viewport, which keeps one window-sized image alive per scroll pane ever shown (every module's,
 * and one inside each text area): about 3.5 MB each at the default window size, about a quarter
 * of the app's live heap once each module has been opened. Without it the content is drawn
 * directly, as everywhere else in the window. Set for every scroll pane by {@code app.css}
 * ({@code -fx-skin}); see {@code bench/memory.sh}.
 */
public final class UncachedScrollPaneSkin extends ScrollPaneSkin {

    public UncachedScrollPaneSkin(ScrollPane control) {
        super(control);
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }
}
