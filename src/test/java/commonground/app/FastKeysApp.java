package commonground.app;

import commonground.storage.FastKeys;
import commonground.storage.PassphraseKeys;

/**
 * The app as tests start it: the same in every way but the cost of new lock and sync keys
 * ({@link FastKeys}), so that turning the lock on or changing the passphrase takes milliseconds.
 * {@code AppKeyCostTest} checks that the app itself keeps the full cost.
 */
public class FastKeysApp extends CommonGroundApp {

    @Override
    protected PassphraseKeys.Cost passphraseCost() {
        return FastKeys.COST;
    }
}
