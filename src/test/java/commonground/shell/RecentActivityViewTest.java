package commonground.shell;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Home's "Recently" says so when it cannot be read, and lists again once it can. */
class RecentActivityViewTest {

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static List<String> ids(RecentActivityView view) {
        return view.getChildren().stream().map(Node::getId).toList();
    }

    @Test
    void aFailedLoadIsSaidInPlaceOfTheList() {
        AtomicReference<Boolean> failing = new AtomicReference<>(true);
        ActivitySource source = limit -> {
            if (failing.get()) {
                throw new IllegalStateException("disk I/O error");
            }
            return List.of(new Activity(Instant.now(), "people", "Added Sam"));
        };
        AtomicReference<RecentActivityView> view = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            view.set(new RecentActivityView(List.of(source), DatabaseThread.sameThread(), id -> { },
                    java.time.Clock.systemDefaultZone()));
            view.get().refresh();
        });
        assertEquals(List.of("recent-activity-problem"), ids(view.get()));
        assertTrue(((Label) view.get().getChildren().get(0)).getText().contains("could not be loaded"));

        failing.set(false);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> view.get().refresh());
        assertEquals(1, view.get().getChildren().size());
        assertTrue(ids(view.get()).stream().noneMatch("recent-activity-problem"::equals), "the list is back");
    }

    @Test
    void aReadWhileLockedIsNoProblemToReport() {
        ActivitySource source = limit -> {
            throw new commonground.storage.LockedException();
        };
        AtomicReference<RecentActivityView> view = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            view.set(new RecentActivityView(List.of(source), DatabaseThread.sameThread(), id -> { },
                    java.time.Clock.systemDefaultZone()));
            view.get().refresh();
        });
        assertEquals(List.of(), ids(view.get()), "no 'could not be loaded' line for a list read while locked");
    }

    @Test
    void aLoadThatComesBackAfterTheLockIsNotShown() {
        // The database thread answers later, as the app's does: the list was asked for, then the app locked.
        List<Runnable> answers = new java.util.ArrayList<>();
        DatabaseThread later = new DatabaseThread() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> done) {
                run(work, done, e -> { });
            }

            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> done,
                                java.util.function.Consumer<Throwable> failed) {
                answers.add(() -> {
                    try {
                        done.accept(work.call());
                    } catch (Exception e) {
                        failed.accept(e);
                    }
                });
            }
        };
        ActivitySource notes = limit -> List.of(new Activity(Instant.now(), "reflection",
                "Wrote \u201cLetter to Dad\u201d at 14:05, 16 words"));
        AtomicReference<RecentActivityView> view = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            view.set(new RecentActivityView(List.of(notes), later, id -> { }, java.time.Clock.systemDefaultZone()));
            view.get().refresh();
            view.get().forget(); // the app locks
            answers.remove(0).run();
        });
        assertEquals(List.of(), view.get().getChildren(), "nothing read before the lock shows after it");

        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            view.get().refresh(); // unlocked: Home is shown again
            answers.remove(0).run();
        });
        assertEquals(1, view.get().getChildren().size(), "once unlocked, the list is read again");
    }
}
