package commonground.app;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Ctrl+Shift+H hides the app at once. With the passphrase lock on it locks; otherwise the window
 * shows a plain page with nothing personal on it and is minimised. Bringing the window back (or a
 * click or key on the plain page) shows the app again as it was.
 */
final class QuickHide {

    static final KeyCombination KEYS = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final Stage stage;
    private final StackPane root;
    private final BooleanSupplier lockOn;
    private final Runnable lockNow;
    private final StackPane neutral = new StackPane(new Label("Common Ground"));
    private List<Node> hidden = List.of();

    private QuickHide(Stage stage, StackPane root, BooleanSupplier lockOn, Runnable lockNow) {
        this.stage = stage;
        this.root = root;
        this.lockOn = lockOn;
        this.lockNow = lockNow;
        neutral.setId("neutral-screen");
        neutral.getStyleClass().add("unlock-page");
        neutral.setOnMouseClicked(e -> restore());
        neutral.setOnKeyPressed(e -> restore());
    }

    static void install(Stage stage, StackPane root, BooleanSupplier lockOn, Runnable lockNow) {
        QuickHide quickHide = new QuickHide(stage, root, lockOn, lockNow);
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (KEYS.match(e)) {
                e.consume();
                quickHide.hide();
            }
        });
        // Weakly: the stage can outlive this app's scene (tests start many apps on one stage), and a
        // plain listener kept every earlier app's screens, with all they showed, from being freed.
        // The scene's filter above holds quickHide, which holds the listener, while the scene is shown.
        stage.iconifiedProperty().addListener(new WeakChangeListener<>(quickHide.onIconified));
    }

    /** Shows the app again when the window comes back. */
    private final ChangeListener<Boolean> onIconified = (obs, was, now) -> {
        if (!now) {
            restore();
        }
    };

    private void hide() {
        if (lockOn.getAsBoolean()) {
            lockNow.run();
            return;
        }
        if (!root.getChildren().contains(neutral)) {
            hidden = List.copyOf(root.getChildren());
            root.getChildren().setAll(neutral);
            neutral.requestFocus();
        }
        stage.setIconified(true);
    }

    private void restore() {
        if (root.getChildren().contains(neutral)) {
            root.getChildren().setAll(hidden);
            hidden = List.of();
        }
    }
}
