package commonground.care;

import commonground.app.AppDriver;
import commonground.app.AppTest;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Help and support as a person uses it: F1 from anywhere and the sidebar's footer open it; the
 * country comes from the computer and is remembered; people to call are added (sealed with the
 * lock on); the first-start frame; quick hide with and without the lock.
 */
class HelpFlowTest extends AppTest {

    private Locale before;

    @BeforeEach
    void computerInTheUk() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    private boolean showing(String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }

    private void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited in vain for: " + what, e);
        }
    }

    private void pressF1() throws Exception {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        driver.settle();
    }

    private void quickHide() throws Exception {
        robot.press(KeyCode.SHORTCUT).press(KeyCode.SHIFT).press(KeyCode.H)
                .release(KeyCode.H).release(KeyCode.SHIFT).release(KeyCode.SHORTCUT);
        driver.settle();
    }

    /** Scrolls the page so the node is in view, then clicks it, as a person scrolling down would. */
    private void clickInView(String query) throws Exception {
        Node node = robot.lookup(query).query();
        AppDriver.onFx(() -> {
            Node p = node.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (room > 0) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / room)));
                }
            }
        });
        driver.settle();
        robot.clickOn(node);
    }

    private void typeInto(String query, String text) throws Exception {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        AppDriver.onFx(field::clear);
        clickInView(query);
        robot.write(text);
    }

    private Stage stage() {
        return (Stage) robot.lookup(".shell").query().getScene().getWindow();
    }

    @Test
    void f1OpensHelpFromHomeAndFromEveryModuleAndSoDoesTheSidebarFooter() throws Exception {
        startApp();
        assertFalse(showing("#care-frame"), "other tests start with the frame set aside");
        pressF1();
        assertTrue(showing("#help-view"), "F1 from Home");
        assertTrue(robot.lookup("#nav-help").queryAs(ToggleButton.class).isSelected());
        for (String module : List.of("people", "reflection", "cues", "draft", "scenarios")) {
            robot.clickOn("#nav-" + module);
            driver.settle();
            assertFalse(showing("#help-view"));
            pressF1();
            assertTrue(showing("#help-view"), "F1 from " + module);
        }
        robot.clickOn("#nav-home");
        driver.settle();
        robot.clickOn("#nav-help");
        driver.settle();
        assertTrue(showing("#help-view"), "the sidebar's footer entry");
    }

    @Test
    void theCountryComesFromTheComputerEmergencyComesFirstAndAChosenCountryIsRemembered() throws Exception {
        startApp();
        pressF1();
        @SuppressWarnings("unchecked")
        ComboBox<String> country = robot.lookup("#help-country").queryAs(ComboBox.class);
        assertEquals("GB", country.getValue());
        assertEquals("999", robot.lookup("#help-phone-gb-emergency").queryAs(TextField.class).getText());
        assertEquals("116 123", robot.lookup("#help-phone-gb-samaritans").queryAs(TextField.class).getText());
        Node emergency = robot.lookup("#help-card-gb-emergency").query();
        Node samaritans = robot.lookup("#help-card-gb-samaritans").query();
        assertTrue(emergency.localToScene(0, 0).getY() < samaritans.localToScene(0, 0).getY(), "emergency first");
        assertFalse(robot.lookup("#help-phone-gb-samaritans").queryAs(TextField.class).isEditable());

        robot.clickOn(country);
        robot.clickOn("New Zealand");
        driver.settle();
        assertEquals("111", robot.lookup("#help-phone-nz-emergency").queryAs(TextField.class).getText());
        driver.restart();
        pressF1();
        assertEquals("NZ", robot.lookup("#help-country").queryAs(ComboBox.class).getValue());
    }

    @Test
    void aPersonToCallIsCheckedAddedListedAndSavedAndSealedOnceTheLockIsOn() throws Exception {
        startApp();
        pressF1();
        typeInto("#help-person-number", "0800 CALL ME");
        clickInView("#help-person-save");
        driver.settle();
        assertEquals("Please give a name, so you know who this is.",
                robot.lookup("#help-person-name-error").queryAs(Label.class).getText());
        assertEquals("A number can hold digits, spaces and + ( ) - only.",
                robot.lookup("#help-person-number-error").queryAs(Label.class).getText());
        assertEquals("0800 CALL ME", robot.lookup("#help-person-number").queryAs(TextField.class).getText(),
                "nothing typed is lost");
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM support_contact")).longValue());

        typeInto("#help-person-name", "Aunt Jo");
        typeInto("#help-person-number", "0161 496 0000");
        clickInView("#help-person-save");
        driver.settle();
        waitFor("Aunt Jo in the list", () -> robot.lookup(".help-person").queryAll().size() == 1);
        assertFalse(showing("#help-person-name-error"));
        assertEquals("", robot.lookup("#help-person-name").queryAs(TextField.class).getText());
        List<Map<String, Object>> rows = driver.query("SELECT name, number, typeof(name) t FROM support_contact");
        assertEquals("Aunt Jo", rows.get(0).get("name"));
        assertEquals("0161 496 0000", rows.get(0).get("number"));

        turnOnTheLock();
        pressF1();
        typeInto("#help-person-name", "Sam next door");
        typeInto("#help-person-number", "+44 7700 900123");
        clickInView("#help-person-save");
        driver.settle();
        waitFor("two people listed", () -> robot.lookup(".help-person").queryAll().size() == 2);
        assertEquals(List.of("blob"), driver.query("SELECT DISTINCT typeof(name) || typeof(number) AS t "
                + "FROM support_contact").stream().map(r -> ((String) r.get("t")).replace("blobblob", "blob"))
                .toList(), "both people's names and numbers are sealed");
    }

    private void turnOnTheLock() throws Exception {
        robot.clickOn("#nav-privacy");
        driver.settle();
        robot.clickOn("#privacy-passphrase").write("slow river at dusk");
        robot.clickOn("#privacy-repeat").write("slow river at dusk");
        robot.clickOn("#privacy-turn-on");
        driver.settle();
        waitFor("the recovery key", () -> showing("#recovery-kept"));
        robot.clickOn("#recovery-kept");
        robot.clickOn("#recovery-done");
        driver.settle();
    }

    @Test
    void theFrameShowsAtFirstStartAgainUntilDontShowAgainAndFromAbout() throws Exception {
        driver = new AppDriver(dataDir).withCareFrame().start();
        assertTrue(showing("#care-frame"), "shown at first start");
        robot.clickOn("#care-frame-continue");
        driver.settle();
        assertFalse(showing("#care-frame"));
        driver.restart();
        assertTrue(showing("#care-frame"), "shown again: the box was not ticked");
        robot.clickOn("#care-frame-dont-show");
        robot.clickOn("#care-frame-continue");
        driver.settle();
        driver.restart();
        assertFalse(showing("#care-frame"), "not shown after Don't show this again");

        robot.clickOn("#about-button");
        robot.clickOn("#about-care-frame");
        driver.settle();
        assertTrue(showing("#care-frame"), "always there from About");
        robot.clickOn("#care-frame-help");
        driver.settle();
        assertFalse(showing("#care-frame"));
        assertTrue(showing("#help-view"), "the frame's link opens Help");
        clickInView("#help-about-app");
        assertTrue(showing("#care-frame"), "and Help shows the frame again");
    }

    @Test
    void quickHideShowsAPlainPageAndMinimisesAndTheAppComesBackAsItWas() throws Exception {
        startApp();
        robot.clickOn("#nav-draft");
        driver.settle();
        robot.clickOn("#draft-text").write("Something private");
        quickHide();
        assertTrue(showing("#neutral-screen"));
        assertFalse(showing(".shell"), "nothing of the app shows");
        Stage stage = (Stage) robot.lookup("#neutral-screen").query().getScene().getWindow();
        assertTrue(stage.isIconified(), "minimised");
        AppDriver.onFx(() -> stage.setIconified(false));
        driver.settle();
        assertFalse(showing("#neutral-screen"));
        assertEquals("Something private",
                robot.lookup("#draft-text").queryAs(javafx.scene.control.TextArea.class).getText());
    }

    @Test
    void quickHideLocksWhenTheLockIsOn() throws Exception {
        startApp();
        turnOnTheLock();
        assertFalse(showing("#unlock-view"));
        quickHide();
        assertTrue(showing("#unlock-view"), "locked at once");
        assertFalse(showing("#neutral-screen"));
        assertFalse(robot.lookup("#unlock-view").query().getScene().getWindow() instanceof Stage s && s.isIconified());
        assertFalse(showing(".shell"), "nothing of the app shows while locked");
    }
}
