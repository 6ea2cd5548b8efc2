package commonground.shell;

import javafx.concurrent.Task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * {@link DatabaseThread} on a {@link Task} per call, run by the given executor (the database thread).
 * Work offered after the executor was shut down (the app is closing) is not run; its failure
 * handler hears so.
 */
public final class FxDatabaseThread implements DatabaseThread {

    private final Executor executor;
    private final Consumer<Throwable> defaultFailure;

    public FxDatabaseThread(Executor executor, Consumer<Throwable> defaultFailure) {
        this.executor = Objects.requireNonNull(executor);
        this.defaultFailure = Objects.requireNonNull(defaultFailure);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
        run(work, onSuccess, defaultFailure);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closed) {
            onFailure.accept(closed);
        }
    }
}
