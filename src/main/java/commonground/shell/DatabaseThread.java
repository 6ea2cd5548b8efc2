package commonground.shell;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The database thread, as the UI sees it: runs work there, away from the JavaFX Application
 * Thread, and hands the result back on the JavaFX thread. All database work goes through here.
 * {@link FxDatabaseThread} is the app's; {@link #sameThread()} runs everything at once on the
 * caller's thread, for view-model tests without JavaFX.
 */
public interface DatabaseThread {

    /**
     * Runs {@code work} on the database thread; {@code onSuccess} then runs on the JavaFX thread.
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

    /**
     * Runs work and its result handler at once on the calling thread; failures go to the failure
     * handler given, or are rethrown when there is none. For tests of view models.
     */
    static DatabaseThread sameThread() {
        return new DatabaseThread() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
                run(work, onSuccess, failure -> {
                    throw failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
                });
            }

            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
