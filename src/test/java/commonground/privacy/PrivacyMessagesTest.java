package commonground.privacy;

import commonground.app.AppDriver;
import commonground.app.WholeAppTest;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Privacy says things where the person is looking: a button that cannot be pressed yet says why
 * beside it, and what a button's action says appears right under that button (it was at the foot
 * of the page, below every card, out of sight).
 */
class PrivacyMessagesTest extends WholeAppTest {

    private static final String PASSPHRASE = "slow river at dusk";

    private boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }

    private Bounds bounds(String query) {
        AtomicReference<Bounds> b = new AtomicReference<>();
        AppDriver.onFx(() -> {
            Node n = robot.lookup(query).query();
            b.set(n.localToScene(n.getLayoutBounds()));
        });
        return b.get();
    }

    /** Scrolls the page, as a person would, until the node is in the window. */
    private void scrollTo(String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane pane && pane.getContent() != null) {
                    double content = pane.getContent().getLayoutBounds().getHeight();
                    double viewport = pane.getViewportBounds().getHeight();
                    double y = pane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
                    pane.setVvalue(content <= viewport ? 0 : Math.min(1, Math.max(0, y - 40) / (content - viewport)));
                    pane.layout();
                }
            }
        });
    }

    @Test
    void aDisabledButtonSaysWhyAndAMessageAppearsUnderItsButton() throws Exception {
        robot.clickOn("#nav-privacy");
        driver.settle();
        assertTrue(robot.lookup("#privacy-turn-on").queryAs(Button.class).isDisabled());
        assertTrue(shown("#privacy-turn-on-why"), "the disabled button says why");
        assertEquals("Type a passphrase, then the same again.",
                robot.lookup("#privacy-turn-on-why").queryAs(Label.class).getText());
        robot.clickOn("#privacy-passphrase").write(PASSPHRASE);
        robot.clickOn("#privacy-repeat").write(PASSPHRASE + "x");
        assertEquals("The two passphrases are not the same yet.",
                robot.lookup("#privacy-passphrase-problem").queryAs(Label.class).getText());
        assertEquals(PrivacyWords.SEE_FIELD, robot.lookup("#privacy-turn-on-why").queryAs(Label.class).getText(),
                "said under the field, not a second time beside the button");
        robot.type(javafx.scene.input.KeyCode.BACK_SPACE);
        assertFalse(shown("#privacy-turn-on-why"), "nothing to say once it can be pressed");
        robot.clickOn("#privacy-turn-on");
        driver.settleWhen("the recovery key", () -> shown("#recovery-kept"));
        assertTrue(shown("#recovery-done-why"), "Done says why it waits");
        robot.clickOn("#recovery-kept");
        assertFalse(shown("#recovery-done-why"));
        robot.clickOn("#recovery-done");
        driver.settleWhen("the lock to be on", () -> shown("#privacy-change"));

        // A new passphrase without the current one: the answer is under Change passphrase.
        scrollTo("#privacy-passphrase");
        robot.clickOn("#privacy-passphrase").write("copper kettle sings 47 at dawn");
        robot.clickOn("#privacy-repeat").write("copper kettle sings 47 at dawn");
        scrollTo("#privacy-change");
        robot.clickOn("#privacy-change");
        driver.settle();
        assertTrue(shown("#privacy-message"));
        assertEquals(PrivacyWords.CURRENT_NEEDED, robot.lookup("#privacy-message").queryAs(Label.class).getText());
        Bounds change = bounds("#privacy-change");
        Bounds message = bounds("#privacy-message");
        assertTrue(message.getMinY() >= change.getMaxY() && message.getMinY() - change.getMaxY() < 40,
                "the message is " + (message.getMinY() - change.getMaxY()) + " px under the button");
        assertTrue(message.getMaxY() < bounds("#privacy-turn-off").getMinY(), "and above the next card");

        // Turning off without the current passphrase: the answer is under Turn the lock off.
        scrollTo("#privacy-turn-off");
        robot.clickOn("#privacy-turn-off");
        driver.settle();
        Bounds off = bounds("#privacy-turn-off");
        message = bounds("#privacy-message");
        assertTrue(message.getMinY() >= off.getMaxY() && message.getMinY() - off.getMaxY() < 40,
                "the message is " + (message.getMinY() - off.getMaxY()) + " px under Turn the lock off");
        assertEquals("privacy-current", robot.targetWindow().getScene().getFocusOwner().getId(),
                "the cursor is in the field the message asks for");

        // With the current passphrase typed, the change is made at the largest text size (where a newcomer
        // found its answer scrolled away above the window); the answer is in the window.
        robot.write(PASSPHRASE);
        robot.clickOn("#text-size").clickOn("150%");
        driver.settle();
        scrollTo("#privacy-change");
        robot.clickOn("#privacy-change");
        driver.settleWhen("the new passphrase to be set", () -> robot.lookup("#privacy-message").queryAs(Label.class)
                .getText().startsWith("Your new passphrase is set"));
        driver.settle();
        Bounds said = bounds("#privacy-message");
        double windowHeight = robot.targetWindow().getScene().getHeight();
        assertTrue(said.getMinY() >= 0 && said.getMaxY() <= windowHeight,
                "the answer is in the window: " + said.getMinY() + " to " + said.getMaxY() + " of " + windowHeight);
    }

    @Test
    void aWeakPassphraseIsSpokenOfOnceNextToTheField() throws Exception {
        robot.clickOn("#nav-privacy");
        driver.settle();
        robot.clickOn("#privacy-passphrase").write("password");
        assertTrue(shown("#privacy-strength"), "while typing, the strength line says it is easy to guess");
        robot.clickOn("#privacy-repeat").write("password");
        driver.settle();
        assertTrue(shown("#privacy-passphrase-problem"));
        assertEquals(PassphraseChoice.TOO_EASY,
                robot.lookup("#privacy-passphrase-problem").queryAs(Label.class).getText());
        assertFalse(shown("#privacy-strength"), "not said a second time under the field");
        String why = robot.lookup("#privacy-turn-on-why").queryAs(Label.class).getText();
        assertFalse(why.contains("guess"), "not a third time beside the button: " + why);
        assertEquals(PrivacyWords.SEE_FIELD, why);
    }

    @Test
    void aStaleMessageGoesWhenItsFieldIsTypedInAndTheWordsSayWhereThingsAre() throws Exception {
        robot.clickOn("#nav-privacy");
        driver.settle();
        robot.clickOn("#privacy-passphrase").write(PASSPHRASE);
        robot.clickOn("#privacy-repeat").write(PASSPHRASE);
        robot.clickOn("#privacy-turn-on");
        driver.settleWhen("the recovery key", () -> shown("#recovery-kept"));
        robot.clickOn("#recovery-kept");
        robot.clickOn("#recovery-done");
        driver.settleWhen("the lock to be on", () -> shown("#privacy-change"));
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                        .noneMatch(t -> t.contains("not encrypted again")),
                "changing the passphrase is not said as 'not encrypted'");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .anyMatch(t -> t.startsWith("Your writing stays encrypted as it is")));

        scrollTo("#privacy-replace-recovery");
        robot.clickOn("#privacy-replace-recovery");
        driver.settle();
        assertEquals(PrivacyWords.CURRENT_NEEDED, robot.lookup("#privacy-message").queryAs(Label.class).getText());
        scrollTo("#privacy-current");
        robot.clickOn("#privacy-current").write(PASSPHRASE);
        driver.settle();
        assertFalse(shown("#privacy-message"), "'please type it first' goes once it is typed");

        scrollTo("#privacy-replace-recovery");
        robot.clickOn("#privacy-replace-recovery");
        driver.settleWhen("the question", () -> robot.lookup("Yes, make a new one").tryQuery().isPresent());
        robot.clickOn("Yes, make a new one");
        driver.settleWhen("the new recovery key", () -> shown("#recovery-kept"));
        String said = robot.lookup("#privacy-message").queryAs(Label.class).getText();
        assertTrue(said.startsWith("Your new recovery key is shown above."), said);
        assertTrue(bounds("#privacy-message").getMinY() > bounds("#recovery-key").getMaxY(),
                "and the key is indeed above the message");
    }
}
