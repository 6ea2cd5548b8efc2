package commonground.privacy;

import commonground.shell.PassphraseStrength;
import commonground.app.AppDriver;
import commonground.app.AppTest;
import commonground.storage.Canary;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The passphrase lock as a person uses it: turn it on in Privacy, keep the recovery key, write,
 * lock, give a wrong passphrase and then the right one (what was being typed is still there), close,
 * and find nothing of what was written in any file of the data folder; open again with the
 * recovery key; change the passphrase; turn the lock off.
 */
class PrivacyLockFlowTest extends AppTest {

    static final String CANARY = "Quorvell zintaphre mellowbrisk";
    static final String PASSPHRASE = "slow river at dusk";


    private void turnOnTheLock() throws Exception {
        robot.clickOn("#nav-privacy");
        driver.settle();
        robot.clickOn("#privacy-passphrase").write("short");
        assertEquals(PassphraseStrength.TOO_SHORT.hint(), text("#privacy-strength"));
        assertTrue(robot.lookup("#privacy-turn-on").queryAs(Button.class).isDisabled());
        AppDriver.onFx(() -> robot.lookup("#privacy-passphrase").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#privacy-passphrase").write(PASSPHRASE);
        assertEquals(PassphraseStrength.STRONG.hint(), text("#privacy-strength"));
        robot.clickOn("#privacy-repeat").write(PASSPHRASE);
        robot.clickOn("#privacy-turn-on");
        driver.settle();
    }

    private String keepRecoveryKey() throws Exception {
        String key = text("#recovery-key");
        assertTrue(key.matches("([0-9A-Z]{4}-){7}[0-9A-Z]{4}"), key);
        assertTrue(robot.lookup("#recovery-done").queryAs(Button.class).isDisabled(), "Done waits for the tick");
        robot.clickOn("#recovery-kept");
        robot.clickOn("#recovery-done");
        driver.settle();
        assertTrue(robot.lookup("#recovery-key").tryQuery().isEmpty(), "the key is shown only once");
        return key;
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private boolean showing(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Types into the passphrase field (cleared first) and presses Enter. */
    private void unlockWith(String passphrase) throws Exception {
        javafx.scene.control.TextField field = robot.lookup("#unlock-passphrase").queryAs(javafx.scene.control.TextField.class);
        AppDriver.onFx(() -> {
            field.clear();
            field.requestFocus();
        });
        driver.settle();
        robot.write(passphrase).type(KeyCode.ENTER);
        driver.settle();
    }

    @Test
    void lockedTextIsNowhereOnDiskAndWhatWasBeingTypedSurvivesAWrongPassphrase() throws Exception {
        startApp();
        // Written before the lock is on, and backed up while still readable.
        robot.clickOn("#nav-reflection");
        driver.settle();
        robot.clickOn("#new-note");
        robot.clickOn("#new-blank-note");
        robot.clickOn("#note-body").write(CANARY + " in a note");
        driver.settleWhenSaved(CANARY + " in a note", "SELECT body FROM note");
        robot.clickOn("#about-button");
        robot.clickOn("#backup-now");
        driver.settle();
        robot.type(KeyCode.ESCAPE);
        assertFalse(Canary.filesContaining(dataDir.resolve("backups"), CANARY).isEmpty(), "the backup is readable (so far)");

        turnOnTheLock();
        assertTrue(text("#privacy-message").contains("earlier backups"), text("#privacy-message"));
        String recoveryKey = keepRecoveryKey();
        assertEquals(2L, ((Number) driver.value("SELECT count(*) FROM lock_key")).longValue());
        assertTrue(showing("#lock-now"), "Lock now is offered in the sidebar");
        robot.clickOn("#nav-draft");
        driver.settle();
        robot.clickOn("#draft-text").write("Draft: " + CANARY);
        assertEquals("blob", driver.value("SELECT typeof(body) FROM note"));

        AppDriver.shortcut(robot, KeyCode.L);
        driver.settle();
        assertTrue(showing("#unlock-view"));
        assertFalse(showing("#nav-draft"), "nothing of the app shows while locked");
        assertEquals("blob", driver.value("SELECT typeof(body) FROM message_draft"), "the draft was saved, sealed");

        unlockWith("slow river at dawn");
        assertTrue(showing("#unlock-view"));
        assertEquals(UnlockViewModel.WRONG_PASSPHRASE, text("#unlock-message"));
        unlockWith(PASSPHRASE);
        assertFalse(showing("#unlock-view"));
        assertEquals("Draft: " + CANARY, robot.lookup("#draft-text").queryAs(TextArea.class).getText());

        driver.stop();
        List<String> found = Canary.filesContaining(dataDir, CANARY);
        assertEquals(List.of(), found);

        startApp();
        assertTrue(showing("#unlock-view"), "the app opens to the unlock screen");
        robot.clickOn("#unlock-switch");
        String intro = text("#unlock-intro");
        assertFalse(intro.contains("passphrase opens it"), "with the recovery key: " + intro);
        assertTrue(intro.contains("recovery key"), intro);
        robot.clickOn("#unlock-recovery-key").write(recoveryKey.toLowerCase(Locale.ROOT)).type(KeyCode.ENTER);
        driver.settle();
        assertFalse(showing("#unlock-view"));
        robot.clickOn("#nav-draft");
        driver.settle();
        assertEquals("Draft: " + CANARY, robot.lookup("#draft-text").queryAs(TextArea.class).getText());
    }

    @Test
    void aNewPassphraseReplacesTheOldAndTurningTheLockOffMakesTextReadableAgain() throws Exception {
        startApp();
        turnOnTheLock();
        keepRecoveryKey();
        reveal("#privacy-current");
        robot.clickOn("#privacy-current").write(PASSPHRASE);
        reveal("#privacy-passphrase");
        robot.clickOn("#privacy-passphrase").write("a kinder new phrase");
        robot.clickOn("#privacy-repeat").write("a kinder new phrase");
        reveal("#privacy-change");
        robot.clickOn("#privacy-change");
        driver.settle();
        assertTrue(text("#privacy-message").startsWith("Your new passphrase is set"), text("#privacy-message"));
        AppDriver.shortcut(robot, KeyCode.L); // the page has scrolled down to the passphrase fields
        driver.settle();
        unlockWith(PASSPHRASE);
        assertEquals(UnlockViewModel.WRONG_PASSPHRASE, text("#unlock-message"), "the old passphrase no longer opens");
        unlockWith("a kinder new phrase");
        assertFalse(showing("#unlock-view"));

        reveal("#privacy-turn-off");
        robot.clickOn("#privacy-turn-off");
        assertEquals("Please type your current passphrase (or your recovery key) first.", text("#privacy-message"));
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM lock_key WHERE kind = 'PASSPHRASE'")).longValue());
        reveal("#privacy-current");
        robot.clickOn("#privacy-current").write("a kinder new phrase");
        reveal("#privacy-turn-off");
        robot.clickOn("#privacy-turn-off");
        // The passphrase is checked first (Argon2id takes a moment); then the question.
        driver.settleWhen("the question", () -> robot.lookup("Yes, turn it off").tryQuery().isPresent());
        robot.clickOn("Yes, turn it off");
        driver.settle();
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM lock_key")).longValue());
        assertFalse(showing("#lock-now"));
        driver.restart();
        assertFalse(showing("#unlock-view"), "with the lock off, the app opens straight away");
    }

    @Test
    void theAppLocksItselfAfterTheChosenIdleTime() throws Exception {
        startApp();
        turnOnTheLock();
        keepRecoveryKey();
        AppDriver.onFx(() -> new AutoLockProbe().shorten(robot));
        assertFalse(showing("#unlock-view"), "not locked before the idle time");
        driver.settleWhen("the app to lock itself after the idle time", () -> showing("#unlock-view"));
    }

    @Test
    void aReplacedRecoveryKeyIsShownOnceCopiedForAMomentAndTheOldOneNoLongerOpens() throws Exception {
        startApp();
        turnOnTheLock();
        String old = keepRecoveryKey();
        reveal("#privacy-current");
        robot.clickOn("#privacy-current").write(PASSPHRASE);
        reveal("#privacy-replace-recovery");
        robot.clickOn("#privacy-replace-recovery");
        driver.settleWhen("the question", () -> robot.lookup("Yes, make a new one").tryQuery().isPresent());
        robot.clickOn("Yes, make a new one");
        driver.settleWhen("the new key", () -> robot.lookup("#recovery-key").tryQuery().isPresent());
        String fresh = text("#recovery-key");
        assertTrue(fresh.matches("([0-9A-Z]{4}-){7}[0-9A-Z]{4}"), fresh);
        assertFalse(fresh.equals(old));
        assertTrue(text("#privacy-message").contains("The old one no longer opens anything"), text("#privacy-message"));

        reveal("#recovery-copy");
        robot.clickOn("#recovery-copy");
        driver.settle();
        assertEquals(fresh, clipboardText());
        AppDriver.shortcut(robot, KeyCode.L);
        driver.settle();
        assertTrue(showing("#unlock-view"));
        assertFalse(fresh.equals(clipboardText()),
                "locking takes the key off the clipboard");

        robot.clickOn("#unlock-switch");
        robot.clickOn("#unlock-recovery-key").write(old).type(KeyCode.ENTER);
        driver.settle();
        assertEquals(UnlockViewModel.WRONG_RECOVERY_KEY, text("#unlock-message"), "the old key opens nothing");
        javafx.scene.control.TextField field = robot.lookup("#unlock-recovery-key")
                .queryAs(javafx.scene.control.TextField.class);
        AppDriver.onFx(() -> {
            field.clear();
            field.requestFocus();
        });
        robot.write(fresh).type(KeyCode.ENTER);
        driver.settle();
        assertFalse(showing("#unlock-view"));
        robot.clickOn("#nav-privacy");
        driver.settle();
        assertTrue(robot.lookup("#recovery-key").tryQuery().isEmpty(), "locking put the shown key away");
    }

    /** Scrolls the page so {@code query} is in view, as a person would before clicking it. */
    private void reveal(String query) throws Exception {
        Node node = robot.lookup(query).query();
        AppDriver.onFx(() -> {
            Node p = node.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane pane) {
                Node content = pane.getContent();
                javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double room = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                pane.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (b.getMinY() - 40) / room)));
            }
        });
        driver.settle();
    }

    private static String clipboardText() {
        return org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(10_000,
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
    }

    /** Sets the running auto-lock to one second, as no test can wait a minute. */
    static final class AutoLockProbe {
        void shorten(FxRobot robot) {
            Object lock = robot.targetWindow().getScene().getProperties().get(AutoLock.class);
            ((AutoLock) lock).start(javafx.util.Duration.seconds(1));
        }
    }

}
