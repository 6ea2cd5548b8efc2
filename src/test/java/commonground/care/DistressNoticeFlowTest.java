package commonground.care;

import commonground.app.WholeAppTest;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gentle notice as a person meets it in a note: it appears beside the text, the note is saved, it goes. */
class DistressNoticeFlowTest extends WholeAppTest {

    private static final String CONCERNING = "Some days I think everyone would be better off without me.";
    private static final String IDIOM = "I'd murder a curry and I nearly died laughing at the quiz.";

    private TextArea body() {
        return robot.lookup("#note-body").queryAs(TextArea.class);
    }

    private Node card() {
        return robot.lookup(".note-editor #distress-card").query();
    }

    private void newBlankNote() throws Exception {
        robot.clickOn("#new-note");
        robot.clickOn("#new-blank-note");
        driver.settle();
    }

    private void waitUntilSaved(String text) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            try {
                return driver.query("SELECT id FROM note WHERE body = ?", text).size() == 1;
            } catch (java.sql.SQLException e) {
                return false;
            }
        });
    }

    @Test
    void aConcerningNoteShowsTheCardBesideItStaysSavedAndCanBeDismissed() throws Exception {
        robot.clickOn("#nav-reflection");
        driver.settle();
        newBlankNote();
        robot.clickOn("#note-body").write(CONCERNING);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> card().isVisible());
        Bounds text = body().localToScene(body().getBoundsInLocal());
        Bounds beside = card().localToScene(card().getBoundsInLocal());
        assertTrue(beside.getMinX() >= text.getMaxX() - 1, "the card is beside the text, not over it");
        assertTrue(body().isFocused(), "the text keeps the focus");

        waitUntilSaved(CONCERNING);

        Node dismiss = robot.lookup(".note-editor #distress-dismiss").query();
        robot.clickOn(dismiss);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !card().isVisible());
        driver.settle();
        String uuid = (String) driver.value("SELECT uuid FROM note WHERE body = ?", CONCERNING);
        assertEquals("note:" + uuid, driver.value("SELECT item FROM care_dismissal"));

        newBlankNote();
        robot.clickOn("#note-body").write(IDIOM);
        waitUntilSaved(IDIOM);
        driver.settle();
        assertFalse(card().isVisible(), "an idiom shows no card");
    }

    private boolean shown(String query) {
        return robot.lookup(".note-editor " + query).tryQuery()
                .map(n -> n.isVisible() && n.getParent() != null && n.getParent().isVisible()).orElse(false);
    }

    private void concerningNote() throws Exception {
        robot.clickOn("#nav-reflection");
        driver.settle();
        newBlankNote();
        robot.clickOn("#note-body").write(CONCERNING);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> card().isVisible());
        waitUntilSaved(CONCERNING);
    }

    /** Where the note's footer (its Trash button) is in the window. */
    private double footerY() {
        Node trash = robot.lookup(".note-editor #trash-note").query();
        java.util.concurrent.atomic.AtomicReference<Double> y = new java.util.concurrent.atomic.AtomicReference<>();
        commonground.app.AppDriver.onFx(() -> y.set(trash.localToScene(trash.getLayoutBounds()).getMinY()));
        return y.get();
    }

    private boolean turnedOffInStorage() throws Exception {
        return driver.query("SELECT name FROM care_setting WHERE value = 'off'").size() == 1;
    }

    @Test
    void theCardOpensHelpAndSupport() throws Exception {
        concerningNote();
        Node openHelp = robot.lookup(".note-editor #distress-open-help").query();
        assertEquals("Open Help and support (F1)", ((javafx.scene.control.Labeled) openHelp).getText());
        robot.clickOn(openHelp);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#help-view").tryQuery().map(Node::isVisible).orElse(false));
        driver.settle();
        Node help = robot.lookup("#help-view").query();
        java.util.concurrent.atomic.AtomicReference<Node> owner = new java.util.concurrent.atomic.AtomicReference<>();
        commonground.app.AppDriver.onFx(() -> owner.set(help.getScene().getFocusOwner()));
        boolean inHelp = false;
        for (Node n = owner.get(); n != null; n = n.getParent()) {
            inHelp |= n == help;
        }
        assertTrue(inHelp, "after the card's Help link the focus is on " + owner.get() + ", not in Help");
    }

    @Test
    void turningTheNoticesOffAsksFirstCanBeKeptAndSaysSoWhenDone() throws Exception {
        concerningNote();
        double footerBefore = footerY();
        robot.clickOn(robot.lookup(".note-editor #distress-turn-off").queryAs(Node.class));
        driver.settle();
        assertTrue(shown("#distress-confirm-text"), "the card asks first");
        assertEquals(footerBefore, footerY(), 0.5, "asking does not push the note's footer down");
        assertEquals("The notices will stop everywhere until you turn them on again in Privacy.",
                robot.lookup(".note-editor #distress-confirm-text").queryAs(javafx.scene.control.Label.class)
                        .getText());
        assertFalse(turnedOffInStorage(), "one click changes nothing");
        assertTrue(card().isVisible());

        robot.clickOn(robot.lookup(".note-editor #distress-keep").queryAs(Node.class));
        driver.settle();
        assertFalse(shown("#distress-confirm-text"));
        assertTrue(shown("#distress-turn-off"), "kept: the card is as it was");
        assertFalse(turnedOffInStorage());

        robot.clickOn(robot.lookup(".note-editor #distress-turn-off").queryAs(Node.class));
        driver.settle();
        robot.clickOn(robot.lookup(".note-editor #distress-confirm-turn-off").queryAs(Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::turnedOffInStorage);
        driver.settle();
        assertTrue(shown("#distress-turned-off"), "it says the notices are off");
        assertFalse(shown("#distress-crisis-line"));
        robot.clickOn(robot.lookup(".note-editor #distress-close").queryAs(Node.class));
        driver.settle();
        assertFalse(card().isVisible());
    }

    @Test
    void fearOfSomeoneAddsTheCountrysDomesticAbuseLineBesideTheCrisisLine() throws Exception {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.UK);
        try {
            robot.clickOn("#nav-reflection");
            driver.settle();
            newBlankNote();
            robot.clickOn("#note-body").write("He threw my phone. I am scared to go home.");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> card().isVisible());
            driver.settle();
            assertTrue(shown("#distress-crisis-line"));
            assertTrue(shown("#distress-abuse-line"), "the abuse line shows beside the crisis line");
            String line = robot.lookup(".note-editor #distress-abuse-line").queryAs(javafx.scene.control.Label.class)
                    .getText();
            assertTrue(line.contains("0808\u00a02000\u00a0247"), line);

            newBlankNote();
            robot.clickOn("#note-body").write(CONCERNING);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> card().isVisible());
            driver.settle();
            assertFalse(shown("#distress-abuse-line"), "not for the writer's own distress alone");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
