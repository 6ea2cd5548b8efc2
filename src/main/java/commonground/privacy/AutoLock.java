package commonground.privacy;

import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/**
 * Locks the app after a time without keyboard, mouse or scroll input in its window. Any such input
 * starts the time again. Off when stopped or set to zero.
 */
public final class AutoLock {

    private final PauseTransition idle = new PauseTransition();
    private final EventHandler<Event> activity = e -> restart();
    private boolean running;

    public AutoLock(Scene scene, Runnable lock) {
        idle.setOnFinished(e -> {
            running = false;
            lock.run();
        });
        scene.addEventFilter(KeyEvent.ANY, activity::handle);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, activity::handle);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, activity::handle);
        scene.addEventFilter(ScrollEvent.ANY, activity::handle);
        scene.getProperties().put(AutoLock.class, this);
    }

    /** Starts counting idle time: lock after {@code after} without input; zero or less means never. */
    public void start(Duration after) {
        idle.stop();
        running = after != null && after.greaterThan(Duration.ZERO);
        if (running) {
            idle.setDuration(after);
            idle.playFromStart();
        }
    }

    public void stop() {
        running = false;
        idle.stop();
    }

    private void restart() {
        if (running) {
            idle.playFromStart();
        }
    }

    /** The idle times the user may choose from, in minutes; 0 means never. */
    static java.util.List<Integer> choices() {
        return commonground.storage.PrivacyLock.AUTO_LOCK_CHOICES;
    }
}
