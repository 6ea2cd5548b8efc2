package commonground.privacy;

import commonground.app.AppDriver;
import commonground.app.AppTest;
import commonground.app.ScreenAudit;
import commonground.care.HelpResources;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lock screen as a new user met it (trial 72-74, 90, 105, item 24): a person can lock while
 * the new recovery key is on screen; the recovery key is masked as it is typed (with a way to see
 * it) and gone after a wrong try; nothing speaks of "no limit on tries"; a small "Help (F1)" link
 * opens the numbers to call, with the general emergency line even when no country was chosen; and
 * at 150% text nothing on it is cut, in either theme.
 */
class LockScreenTest extends AppTest {

    private static final String PASSPHRASE = "slow river at dusk";
    private final Locale before = Locale.getDefault();

    @AfterEach
    void putTheLocaleBack() {
        Locale.setDefault(before);
    }

    /** Looked up on the JavaFX thread: a lookup from the test's thread can meet the scene while it changes. */
    private boolean showing(String query) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).tryQuery()
                    .map(n -> n.isVisible() && n.getScene() != null).orElse(false)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Turns the lock on in Privacy and returns the recovery key, still shown. */
    private String turnOnTheLock() throws Exception {
        robot.clickOn("#nav-privacy");
        driver.settle();
        robot.clickOn("#privacy-passphrase").write(PASSPHRASE);
        robot.clickOn("#privacy-repeat").write(PASSPHRASE);
        robot.clickOn("#privacy-turn-on");
        driver.settleWhen("the recovery key", () -> showing("#recovery-key"));
        return text("#recovery-key");
    }

    @Test
    void aPersonCanLockWhileTheNewRecoveryKeyIsShownAndTheKeyIsMaskedAndGoneAfterAWrongTry() throws Exception {
        startApp();
        String key = turnOnTheLock();
        assertTrue(showing("#recovery-lock-now"), "Lock now is offered beside the new key");
        robot.clickOn("#recovery-kept");
        robot.clickOn("#recovery-lock-now");
        driver.settleWhen("the lock screen", () -> showing("#unlock-view"));
        assertFalse(showing("#recovery-key"), "the key is off the screen");
        assertFalse(showing("#nav-draft"), "nothing of the app shows while locked");

        robot.clickOn("#unlock-passphrase").write("slow river at dawn").type(KeyCode.ENTER);
        driver.settle();
        assertEquals(UnlockViewModel.WRONG_PASSPHRASE, text("#unlock-message"));
        assertFalse(text("#unlock-message").contains("limit"), text("#unlock-message"));

        // Unlock pressed with the pointer: the next words typed go into the passphrase field again, not to the
        // recovery-key link (where a space in the passphrase opened the recovery key).
        robot.write("slow river").clickOn("#unlock-button");
        driver.settleWhen("the answer", () -> text("#unlock-message").equals(UnlockViewModel.WRONG_PASSPHRASE));
        robot.write("at dusk");
        assertFalse(showing("#unlock-recovery-key"), "still the passphrase, not the recovery key");
        assertTrue(robot.lookup("#unlock-passphrase").queryAs(TextField.class).getText().endsWith("at dusk"),
                "typed into the passphrase field");
        robot.interact(() -> robot.lookup("#unlock-passphrase").queryAs(TextField.class).clear());

        robot.clickOn("#unlock-switch");
        assertInstanceOf(PasswordField.class, robot.lookup("#unlock-recovery-key").query(),
                "the recovery key is masked like the passphrase");
        robot.clickOn("#unlock-recovery-key").write("AAAA-BBBB-CCCC-DDDD");
        assertFalse(showing("#unlock-recovery-key-shown"), "shown in plain letters only when asked");
        robot.clickOn("#unlock-show-key");
        assertTrue(showing("#unlock-recovery-key-shown"));
        assertEquals("AAAA-BBBB-CCCC-DDDD", robot.lookup("#unlock-recovery-key-shown").queryAs(TextField.class).getText());
        robot.type(KeyCode.ENTER);
        driver.settle();
        assertEquals(UnlockViewModel.WRONG_RECOVERY_KEY, text("#unlock-message"));
        assertEquals("", robot.lookup("#unlock-recovery-key").queryAs(TextField.class).getText(),
                "a wrong key is not left on screen");
        assertEquals("", robot.lookup("#unlock-recovery-key-shown").queryAs(TextField.class).getText());

        robot.clickOn("#unlock-show-key");
        robot.clickOn("#unlock-recovery-key").write(key).type(KeyCode.ENTER);
        driver.settleWhen("the app to open", () -> !showing("#unlock-view"));
        robot.clickOn("#nav-privacy");
        driver.settle();
        assertTrue(showing("#privacy-change"), "ticked as kept, then locked: the key counts as kept");
        assertFalse(showing("#recovery-key"));
    }

    @ParameterizedTest(name = "{0} theme")
    @ValueSource(strings = {"LIGHT", "DARK"})
    void atTheLargestTextTheLockScreenIsWholeAndHelpIsOneClickAwayWithTheEmergencyLine(String theme)
            throws Exception {
        // No country chosen, and one the help list does not know: the locked Help shows "Another country".
        Locale.setDefault(new Locale("en", "ZZ"));
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("preferences.properties"), "theme=" + theme + "\ncare.frame.hidden=true\n");
        startApp();
        turnOnTheLock();
        robot.clickOn("#recovery-kept");
        robot.clickOn("#recovery-done");
        driver.settle();
        robot.clickOn("#text-size").clickOn("150%");
        driver.settle();
        AppDriver.shortcut(robot, KeyCode.L);
        driver.settleWhen("the lock screen", () -> showing("#unlock-view"));
        List<String> problems = new ArrayList<>();
        audit("the lock screen at 150%", problems);
        robot.clickOn("#unlock-switch");
        driver.settle();
        audit("the lock screen with the recovery key at 150%", problems);
        assertEquals(List.of(), problems);

        assertTrue(showing("#unlock-help"), "a small Help link on the lock screen");
        assertEquals("Help (F1)", robot.lookup("#unlock-help").queryAs(javafx.scene.control.Hyperlink.class).getText());
        robot.clickOn("#unlock-help");
        driver.settleWhen("help over the lock screen", () -> showing("#locked-help"));
        AtomicReference<List<String>> said = new AtomicReference<>();
        AppDriver.onFx(() -> said.set(robot.lookup("#locked-help .label").queryAllAs(Label.class).stream()
                .filter(ScreenAudit::shown).map(Label::getText).toList()));
        assertTrue(said.get().contains(HelpResources.LOCAL_EMERGENCY),
                "the general emergency line, as on the Help page: " + said.get());
        audit("help on the lock screen at 150%", problems);
        assertEquals(List.of(), problems);
        robot.type(KeyCode.ESCAPE);
        driver.settle();
        assertFalse(showing("#locked-help"), "Esc closes it");
        assertTrue(showing("#unlock-view"), "the app is still locked");
    }

    private void audit(String where, List<String> problems) {
        AppDriver.onFx(() -> {
            for (Window window : ScreenAudit.showingWindows()) {
                for (String problem : ScreenAudit.clipped(window.getScene())) {
                    problems.add(where + ": " + problem);
                }
                for (String problem : ScreenAudit.lowContrast(window.getScene())) {
                    problems.add(where + ": " + problem);
                }
            }
        });
    }
}
