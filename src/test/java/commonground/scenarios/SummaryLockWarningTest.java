package commonground.scenarios;

import commonground.shell.DatabaseThread;
import commonground.shell.FakeDialogs;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plan copied or saved from a walk-through warns, as exports do, when the lock is on; not otherwise. */
class SummaryLockWarningTest {

    final FakeDialogs dialogs = new FakeDialogs();
    final AtomicBoolean lockOn = new AtomicBoolean();
    final SummaryModel summary = new SummaryModel(DatabaseThread.sameThread(), dialogs);

    SummaryLockWarningTest() {
        summary.warnWhenLocked(lockOn::get);
    }

    @Test
    void withTheLockOffNothingIsAsked() {
        assertTrue(summary.mayCopy());
        assertTrue(summary.maySave());
        assertTrue(dialogs.asked().isEmpty());
        summary.copied();
        assertEquals("The plan was copied. You can paste it anywhere.", summary.messageProperty().get());
    }

    @Test
    void withTheLockOnCopyingAndSavingAskFirstAndNoKeepsThePlanIn() {
        lockOn.set(true);
        dialogs.confirmNext(false);
        assertFalse(summary.mayCopy());
        assertEquals("Copy this plan?", dialogs.lastAsked().title());
        assertTrue(dialogs.lastAsked().message().contains("not protected by the lock"));
        dialogs.confirmNext(false);
        assertFalse(summary.maySave());
        assertEquals("Save this plan as a file?", dialogs.lastAsked().title());
        dialogs.confirmNext(true);
        assertTrue(summary.mayCopy());
        summary.copied();
        assertEquals("The plan was copied. It leaves the clipboard again after a minute.",
                summary.messageProperty().get());
    }

    @Test
    void lockingPutsThePlanAway() {
        summary.copied();
        summary.forget();
        assertTrue(summary.entries().isEmpty());
        assertEquals("", summary.markdownProperty().get());
        assertEquals("", summary.messageProperty().get());
    }
}
