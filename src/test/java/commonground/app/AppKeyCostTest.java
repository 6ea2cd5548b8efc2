package commonground.app;

import commonground.storage.PassphraseKeys;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The app's own lock and sync keys are wrapped at the full Argon2id cost, never the tests' cheap one. */
class AppKeyCostTest {

    @Test
    void theAppWrapsNewKeysAtTheFullCost() {
        assertEquals(PassphraseKeys.Cost.DEFAULT, new CommonGroundApp().passphraseCost());
        assertEquals(new PassphraseKeys.Cost(128 * 1024, 3, 1), PassphraseKeys.Cost.DEFAULT);
    }
}
