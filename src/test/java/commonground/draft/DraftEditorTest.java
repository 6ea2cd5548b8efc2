package commonground.draft;

import commonground.language.LanguageCoach;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the coach panel says while it reads, and that one kind of good move is praised once. */
class DraftEditorTest {

    private static final CoachService COACH = new CoachService(new LanguageCoach());

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static String summary(DraftEditor editor) {
        return ((Label) editor.lookup("#draft-summary")).getText();
    }

    @Test
    void wordsAlreadyThereAreNeverMetWithStartWriting() throws Exception {
        AtomicReference<DraftEditor> editor = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            editor.set(new DraftEditor(COACH));
            editor.get().textProperty().set("I'd love a walk with you on Sunday, if you feel like it.");
        });
        assertEquals(DraftEditor.READING, WaitForAsyncUtils.asyncFx(() -> summary(editor.get())).get());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> editor.get().reviewProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(DraftEditor.READING, WaitForAsyncUtils.asyncFx(() -> summary(editor.get())).get());
    }

    @Test
    void aGoodMoveMadeTwiceIsPraisedOnce() throws Exception {
        String text = "No pressure at all. You don't have to answer, and no rush either.";
        long kinds = new LanguageCoach().review(text).goodMoves().stream().map(g -> g.message()).distinct().count();
        AtomicReference<DraftEditor> editor = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            editor.set(new DraftEditor(COACH));
            editor.get().textProperty().set(text);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> editor.get().reviewProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor.get().reviewProperty().get().goodMoves().size() > kinds, "the draft makes one move twice");
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> ((VBox) editor.get().lookup("#draft-good-moves"))
                .getChildren().stream().map(n -> ((Label) n).getText()).toList()).get();
        assertEquals(kinds, shown.size(), "each kind of good move once: " + shown);
        assertEquals(shown.size(), shown.stream().distinct().count());
    }
}
