package commonground.privacy;

import commonground.shell.PassphraseStrength;
import commonground.storage.FastKeys;
import commonground.shell.DatabaseThread;
import commonground.shell.FakeDialogs;
import commonground.storage.Database;
import commonground.storage.PrivacyLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Privacy screen: choosing a passphrase, the recovery key shown once, the idle time, turning it off. */
class PrivacyViewModelTest {

    @TempDir
    Path dir;
    Database db;
    PrivacyLock lock;
    FakeDialogs dialogs = new FakeDialogs();
    List<String> control = new ArrayList<>();
    PrivacyViewModel model;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        db.registerSearchIndex(commonground.reflection.NoteSearch.INDEX); // as the app does: the lock keeps it clear
        lock = new PrivacyLock(db, FastKeys.COST);
        model = new PrivacyViewModel(lock, DatabaseThread.sameThread(), dialogs, new LockControl() {
            @Override
            public void lockNow() {
                control.add("lock now");
            }

            @Override
            public void lockSettingsChanged(boolean enabled, int autoLockMinutes) {
                control.add((enabled ? "on, " : "off, ") + autoLockMinutes);
            }
        });
        model.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void choose(String passphrase, String repeat) {
        model.passphraseProperty().set(passphrase);
        model.repeatProperty().set(repeat);
    }

    private void turnOn() {
        choose("walks on sunday", "walks on sunday");
        model.turnOn();
        model.recoveryKeyDone();
    }

    @Test
    void aShortOrUnrepeatedPassphraseIsExplainedAndTheLockStaysOff() {
        assertEquals(PrivacyViewModel.Stage.OFF, model.stageProperty().get());
        choose("short", "short");
        assertEquals("Please choose a passphrase of at least 8 characters.", model.passphraseProblem());
        assertFalse(model.canSubmitProperty().get());
        choose("walks on sunday", "walks on sundae");
        assertEquals("The two passphrases are not the same yet.", model.passphraseProblem());
        model.turnOn();
        assertEquals("The two passphrases are not the same yet.", model.messageProperty().get());
        assertTrue(model.messageIsProblemProperty().get());
        assertFalse(lock.isEnabled());
        choose("walks on sunday", "walks on sunday");
        assertTrue(model.canSubmitProperty().get());
    }

    @Test
    void howHardAPassphraseIsToGuessIsToldAsItIsTyped() {
        assertEquals(PassphraseStrength.EMPTY, model.strengthProperty().get());
        model.passphraseProperty().set("walks on sunday with the dog");
        assertEquals(PassphraseStrength.of("walks on sunday with the dog"), model.strengthProperty().get());
    }

    @Test
    void turningItOnShowsTheRecoveryKeyOnceThenTheLockIsOn() {
        choose("walks on sunday", "walks on sunday");
        model.autoLockMinutesProperty().set(5);
        model.turnOn();
        assertEquals(PrivacyViewModel.Stage.RECOVERY_KEY, model.stageProperty().get());
        assertEquals("The lock is on. What you write, and your earlier backups, are now stored encrypted. "
                + PrivacyWords.OTHER_COPIES, model.messageProperty().get());
        assertTrue(model.messageProperty().get().contains("file-system snapshots"), "said once, when it is turned on");
        String key = model.recoveryKeyProperty().get();
        assertFalse(key.isBlank());
        assertEquals("", model.passphraseProperty().get(), "the passphrase is not kept on screen");
        assertTrue(lock.isEnabled());
        assertEquals(5, lock.autoLockMinutes());
        assertEquals(List.of("on, 5"), control);

        model.recoveryKeyDone();
        assertEquals(PrivacyViewModel.Stage.ON, model.stageProperty().get());
        assertEquals("", model.recoveryKeyProperty().get(), "shown once");
        lock.lock();
        assertTrue(lock.unlockWithRecoveryKey(key), "the key shown opens it");
    }

    @Test
    void theIdleTimeIsSavedAsItIsChosen() {
        turnOn();
        model.autoLockMinutesProperty().set(1);
        assertEquals("The app will lock after 1 minute without use.", model.messageProperty().get());
        model.autoLockMinutesProperty().set(30);
        assertEquals("The app will lock after 30 minutes without use.", model.messageProperty().get());
        assertEquals(30, lock.autoLockMinutes());
        model.autoLockMinutesProperty().set(0);
        assertEquals("The app will not lock by itself.", model.messageProperty().get());
        assertEquals(List.of("on, 15", "on, 1", "on, 30", "on, 0"), control);
    }

    @Test
    void thePassphraseFieldsSayWhatIsWrongOnlyOnceTheRepeatIsTyped() {
        model.passphraseProperty().set("walks");
        assertEquals("At least 8 characters, please.", model.passphraseHintProperty().get());
        model.passphraseProperty().set("walks on sunday");
        assertEquals("", model.passphraseHintProperty().get());
        model.repeatProperty().set("walks on");
        assertEquals("The two passphrases are not the same yet.", model.passphraseHintProperty().get());
        model.repeatProperty().set("walks on sunday");
        assertEquals("", model.passphraseHintProperty().get());
    }

    @Test
    void aNewPassphraseReplacesTheOld() {
        turnOn();
        choose("market on saturday", "market on saturday");
        model.changePassphrase();
        assertEquals("Please type your current passphrase (or your recovery key) first.", model.messageProperty().get());
        model.currentPassphraseProperty().set("a guess at it");
        model.changePassphrase();
        assertEquals("That is not your current passphrase or your recovery key. Nothing was changed.",
                model.messageProperty().get());
        model.currentPassphraseProperty().set("walks on sunday");
        model.changePassphrase();
        assertEquals("", model.currentPassphraseProperty().get(), "the current passphrase is not kept on screen");
        assertEquals("Your new passphrase is set. The old one no longer opens the app, nor any backup made with the "
                + "lock on. Your recovery key still works.", model.messageProperty().get());
        lock.lock();
        assertFalse(lock.unlock("walks on sunday".toCharArray()));
        assertTrue(lock.unlock("market on saturday".toCharArray()));
    }

    @Test
    void aMessageAboutAFieldGoesOnceThatFieldIsTypedInAgain() {
        turnOn();
        model.turnOff();
        assertEquals(PrivacyWords.CURRENT_NEEDED, model.messageProperty().get());
        model.currentPassphraseProperty().set("a guess at it");
        assertEquals("", model.messageProperty().get(), "typing the passphrase answers 'please type it first'");
        model.turnOff();
        assertEquals(PrivacyWords.CURRENT_WRONG, model.messageProperty().get());
        assertEquals("", model.currentPassphraseProperty().get());
        model.currentPassphraseProperty().set("walks on sunday");
        assertEquals("", model.messageProperty().get(), "a new try makes 'that is not it' out of date");

        model.currentPassphraseProperty().set("walks on sunday");
        choose("market on saturday", "market on saturday");
        model.changePassphrase();
        assertTrue(model.messageProperty().get().startsWith("Your new passphrase is set."));
        model.passphraseProperty().set("another");
        assertEquals("", model.messageProperty().get(), "typing a newer passphrase makes 'is set' out of date");
    }

    @Test
    void aMessageNotAboutTheFieldsStaysWhileTheyAreTyped() {
        choose("walks on sunday", "walks on sunday");
        model.turnOn();
        model.onLock();
        String howToGetANewKey = model.messageProperty().get();
        model.currentPassphraseProperty().set("walks on sunday");
        assertEquals(howToGetANewKey, model.messageProperty().get(), "it tells what to do after typing");
    }

    @Test
    void aWeakPassphraseIsSaidOnceUnderTheFieldNotAgainBesideTheButton() {
        choose("password", "password");
        assertEquals(PassphraseChoice.TOO_EASY, model.passphraseHintProperty().get());
        assertEquals(PrivacyWords.SEE_FIELD, model.submitBlockedProperty().get());
        choose("walks on sunday", "walks on sundax");
        assertEquals(PassphraseChoice.NOT_SAME, model.passphraseHintProperty().get());
        assertEquals(PrivacyWords.SEE_FIELD, model.submitBlockedProperty().get());
        choose("walks on sunday", "");
        assertEquals("", model.passphraseHintProperty().get());
        assertEquals(PassphraseChoice.NOT_SAME, model.submitBlockedProperty().get(),
                "before the repeat is typed, nothing is said under the field, so the button says it");
    }

    @Test
    void turningItOffAsksForTheCurrentPassphraseAndThenAsksFirst() {
        turnOn();
        model.turnOff();
        assertEquals("Please type your current passphrase (or your recovery key) first.", model.messageProperty().get());
        model.currentPassphraseProperty().set("a guess at it");
        model.turnOff();
        assertEquals("That is not your current passphrase or your recovery key. Nothing was changed.",
                model.messageProperty().get());
        assertTrue(dialogs.asked().isEmpty(), "a wrong passphrase is said before any question");
        model.currentPassphraseProperty().set("walks on sunday");
        dialogs.confirmNext(false);
        model.turnOff();
        assertEquals("Turn the lock off?", dialogs.lastAsked().title());
        assertEquals(List.of("Yes, turn it off"), dialogs.lastAsked().choices());
        assertTrue(lock.isEnabled(), "No keeps it on");

        dialogs.confirmNext(true);
        model.turnOff();
        assertEquals(PrivacyViewModel.Stage.OFF, model.stageProperty().get());
        assertEquals("The lock is off. What you write is stored readable on this computer.", model.messageProperty().get());
        assertFalse(lock.isEnabled());
        assertEquals("off, 0", control.get(control.size() - 1));
    }

    @Test
    void lockNowAsksTheApp() {
        model.lockNow();
        assertEquals(List.of("lock now"), control);
    }

    @Test
    void aLockAlreadyOnIsShownAsOnWithItsIdleTime() {
        turnOn();
        model.autoLockMinutesProperty().set(60);
        PrivacyViewModel again = new PrivacyViewModel(lock, DatabaseThread.sameThread(), dialogs, new LockControl() {
            @Override
            public void lockNow() {
            }

            @Override
            public void lockSettingsChanged(boolean enabled, int autoLockMinutes) {
            }
        });
        assertEquals(PrivacyViewModel.Stage.LOADING, again.stageProperty().get());
        again.load();
        assertEquals(PrivacyViewModel.Stage.ON, again.stageProperty().get());
        assertEquals(60, again.autoLockMinutesProperty().get());
    }

    @Test
    void aPassphraseThatIsEasyToGuessIsRefusedWithAKindWord() {
        choose("password123", "password123");
        assertEquals(PassphraseStrength.WEAK, model.strengthProperty().get());
        assertEquals(PassphraseChoice.TOO_EASY, model.passphraseProblem());
        assertEquals(PassphraseChoice.TOO_EASY, model.passphraseHintProperty().get());
        assertFalse(model.canSubmitProperty().get());
        model.turnOn();
        assertEquals(PassphraseChoice.TOO_EASY, model.messageProperty().get());
        assertFalse(lock.isEnabled(), "a weak passphrase does not turn the lock on");
        choose("kettle", "kettle");
        assertEquals(PassphraseChoice.TOO_SHORT, model.passphraseProblem());

        turnOn();
        choose("aaaaaaaaaaaa", "aaaaaaaaaaaa");
        model.currentPassphraseProperty().set("walks on sunday");
        model.changePassphrase();
        assertEquals(PassphraseChoice.TOO_EASY, model.messageProperty().get());
        lock.lock();
        assertTrue(lock.unlock("walks on sunday".toCharArray()), "the passphrase was not changed");
    }

    @Test
    void replacingTheRecoveryKeyShowsANewOneOnceAndTheOldOneOpensNothing() {
        choose("walks on sunday", "walks on sunday");
        model.turnOn();
        String old = model.recoveryKeyProperty().get();
        model.recoveryKeyDone();

        model.replaceRecoveryKey();
        assertEquals(PrivacyWords.CURRENT_NEEDED, model.messageProperty().get());
        model.currentPassphraseProperty().set("walks on sunday");
        dialogs.confirmNext(false);
        model.replaceRecoveryKey();
        assertEquals("Replace the recovery key?", dialogs.lastAsked().title());
        assertEquals(PrivacyViewModel.Stage.ON, model.stageProperty().get(), "No changes nothing");

        dialogs.confirmNext(true);
        model.replaceRecoveryKey();
        assertEquals(PrivacyViewModel.Stage.RECOVERY_KEY, model.stageProperty().get());
        String fresh = model.recoveryKeyProperty().get();
        assertFalse(fresh.isBlank());
        assertTrue(!fresh.equals(old));
        assertEquals("Your new recovery key is shown above. The old one no longer opens anything.",
                model.messageProperty().get());
        assertEquals("", model.currentPassphraseProperty().get(), "the passphrase is not kept on screen");
        lock.lock();
        assertFalse(lock.unlockWithRecoveryKey(old));
        assertTrue(lock.unlockWithRecoveryKey(fresh));
    }

    @Test
    void aNewDataKeyNeedsThePassphraseItselfAndShowsANewRecoveryKey() {
        choose("walks on sunday", "walks on sunday");
        model.turnOn();
        String old = model.recoveryKeyProperty().get();
        model.recoveryKeyDone();
        model.rotateDataKey();
        assertEquals(LockKeyCommands.PASSPHRASE_NEEDED, model.messageProperty().get());

        model.currentPassphraseProperty().set(old);
        dialogs.confirmNext(true);
        model.rotateDataKey();
        assertEquals("Encrypt everything with a new key?", dialogs.lastAsked().title());
        assertEquals(LockKeyCommands.PASSPHRASE_WRONG, model.messageProperty().get());
        assertEquals(PrivacyViewModel.Stage.ON, model.stageProperty().get());

        model.currentPassphraseProperty().set("walks on sunday");
        dialogs.confirmNext(true);
        model.rotateDataKey();
        assertEquals(PrivacyViewModel.Stage.RECOVERY_KEY, model.stageProperty().get());
        assertTrue(model.messageProperty().get().startsWith("Everything is now encrypted with a new key."),
                model.messageProperty().get());
        assertFalse(model.messageProperty().get().contains("below"), "the key is shown above the message");
        assertTrue(model.messageProperty().get().contains("shown above"), model.messageProperty().get());
        String fresh = model.recoveryKeyProperty().get();
        lock.lock();
        assertFalse(lock.unlockWithRecoveryKey(old));
        assertTrue(lock.unlockWithRecoveryKey(fresh));
        lock.lock();
        assertTrue(lock.unlock("walks on sunday".toCharArray()));
    }

    @Test
    void lockingForgetsARecoveryKeyOnScreenAndSaysHowToGetANewOne() {
        choose("walks on sunday", "walks on sunday");
        model.turnOn();
        model.currentPassphraseProperty().set("typed halfway");
        model.onLock();
        assertEquals("", model.recoveryKeyProperty().get());
        assertEquals("", model.currentPassphraseProperty().get());
        assertEquals(PrivacyViewModel.Stage.ON, model.stageProperty().get());
        assertTrue(model.messageProperty().get().contains("Replace the recovery key"), model.messageProperty().get());
    }

    @Test
    void theRecoveryKeySavedAsATextFileIsReadableByTheUserAlone() throws Exception {
        choose("walks on sunday", "walks on sunday");
        model.turnOn();
        Path saved = dir.resolve("key.txt");
        model.saveRecoveryKey(saved);
        assertTrue(java.nio.file.Files.readString(saved).contains(model.recoveryKeyProperty().get()));
        if (commonground.storage.PrivateFiles.hasModes()) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    java.nio.file.Files.getPosixFilePermissions(saved)));
        }
    }
}
