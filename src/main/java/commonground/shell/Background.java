package commonground.shell;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the JavaFX Application Thread and hands the result back on it. All
 * database work goes through here. Tests may use a same-thread implementation.
 */
public interface Background {

    /**
     * Runs {@code work} in the background; {@code onSuccess} then runs on the JavaFX thread.
     * Failures go to the app's common failure handler.
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess);

    /** Like {@link #run(Callable, Consumer)}, with a failure handler of the caller's own. */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs work that returns nothing. */
    default void execute(Runnable work) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> { });
    }
}
