package commonground.shell;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Waits that start again on each change: an autosave once typing pauses, a search after the last
 * key. The app's ({@link #fx()}) end on the JavaFX thread; view-model tests use their own, which
 * they move forward by hand, so nothing in a test waits for real time to pass.
 */
public interface Pauses {

    /** A pause of {@code length} that runs {@code then} when it ends, unless stopped or started again first. */
    Pause create(Duration length, Runnable then);

    /** One pause. Starting it again while it runs starts the wait over. */
    interface Pause {

        void playFromStart();

        void stop();

        boolean isRunning();
    }

    /** Pauses timed by JavaFX's pulse, ending on the JavaFX Application Thread. */
    static Pauses fx() {
        return (length, then) -> {
            PauseTransition transition = new PauseTransition(length);
            transition.setOnFinished(e -> then.run());
            return new Pause() {
                @Override
                public void playFromStart() {
                    transition.playFromStart();
                }

                @Override
                public void stop() {
                    transition.stop();
                }

                @Override
                public boolean isRunning() {
                    return transition.getStatus() == Animation.Status.RUNNING;
                }
            };
        };
    }

    /** Pauses that never end by themselves: what waits for them runs only when asked directly (tests without timing). */
    static Pauses never() {
        return (length, then) -> new Pause() {
            @Override
            public void playFromStart() {
            }

            @Override
            public void stop() {
            }

            @Override
            public boolean isRunning() {
                return false;
            }
        };
    }
}
