package commonground.sync;

import commonground.storage.FastKeys;
import commonground.storage.PrivacyLock;
import commonground.storage.sync.SyncTestComputers;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app opens locked while the other computer has written something: the sync at start-up finds
 * the data locked and waits, and the one after unlocking brings the note in, without "Sync now".
 */
class SyncAfterUnlockFlowTest extends TwoComputersAppTest {

    static final String LOCK = "slow river at dusk";


    private boolean showing(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aNoteFromTheOtherComputerArrivesRightAfterUnlocking() throws Exception {
        SyncTestComputers computers = computers();
        new PrivacyLock(computers.laptop.db, FastKeys.COST).enable(LOCK.toCharArray(), 15);
        new PrivacyLock(computers.desktop.db, FastKeys.COST).enable("the desktop's own lock".toCharArray(), 15);
        startSyncing();
        long id = computers.desktop.note("From the desktop: she called to say sorry");
        String uuid = computers.desktop.uuidOf(id);
        assertTrue(computers.desktop.sync.syncNow().ok());

        startApp();
        driver.settleWhen("the lock screen", () -> showing("#unlock-view"));
        driver.settle();
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM note WHERE uuid = ?", uuid)).longValue(),
                "nothing comes in while locked");

        robot.clickOn("#unlock-passphrase").write(LOCK).type(KeyCode.ENTER);
        driver.settleWhen("the app to open", () -> !showing("#unlock-view"));
        driver.settleWhen("the note from the desktop", () ->
                ((Number) driver.value("SELECT count(*) FROM note WHERE uuid = ?", uuid)).longValue() == 1L);
        robot.clickOn("#nav-reflection");
        driver.settleWhen("the note in the list", () -> robot.lookup("From the desktop: she called to say sorry")
                .tryQuery().isPresent());
    }
}
