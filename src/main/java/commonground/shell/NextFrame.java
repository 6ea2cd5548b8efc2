package commonground.shell;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work just after a scene's next frame, for what the frame does not need to wait for. */
public final class NextFrame {

    private NextFrame() {
    }

    /** Runs {@code action} once, on the JavaFX thread, after the scene's next layout pulse. */
    public static void then(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // Runs after this pulse, whose frame has then been handed to the renderer.
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
