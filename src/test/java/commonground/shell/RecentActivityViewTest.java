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
}
