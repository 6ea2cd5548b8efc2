package commonground.shell;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A message that answers a press, below the bottom edge of its page, is scrolled into view whole. */
class InViewTest {

    private static Stage stage;

    @BeforeAll
    static void startJavaFx() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    private record Page(ScrollPane pane, Label message) {
    }

    private static Page page() {
        Region above = new Region();
        above.setMinHeight(600);
        Label message = new Label();
        message.setWrapText(true);
        ScrollPane pane = new ScrollPane(new VBox(8, above, message));
        pane.setFitToWidth(true);
        InView.whenShown(message);
        stage.setScene(new Scene(pane, 300, 200));
        stage.show();
        pane.layout();
        return new Page(pane, message);
    }

    private static boolean whollyInView(Page p) {
        Bounds viewport = p.pane().localToScene(p.pane().getLayoutBounds());
        Bounds shown = p.message().localToScene(p.message().getLayoutBounds());
        return shown.getHeight() > 0 && shown.getMinY() >= viewport.getMinY() && shown.getMaxY() <= viewport.getMaxY();
    }

    @Test
    void aMessageBelowTheFoldIsScrolledIntoViewWhenItAppears() throws Exception {
        AtomicReference<Page> page = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> page.set(page()));
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> assertTrue(!whollyInView(page.get())));
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> page.get().message()
                .setText("Tick at least one cue, or write a note, so there is something to keep."));
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Boolean> inView = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> inView.set(whollyInView(page.get())));
        assertTrue(inView.get(), "the whole message can be read without scrolling");
    }

    @Test
    void aMessageAlreadyInViewMovesNothing() throws Exception {
        AtomicReference<Double> v = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Page p = page();
            p.pane().setVvalue(1);
            p.pane().layout();
            p.message().setText("Saved.");
            p.pane().layout();
            InView.reveal(p.message());
            v.set(p.pane().getVvalue());
        });
        assertEquals(1.0, v.get(), 0.0001);
    }
}
