package commonground.storage;

/**
 * An Argon2id cost cheap enough for tests: 8 MiB (the least the lock accepts), one pass. The app wraps its keys at
 * {@link PassphraseKeys.Cost#DEFAULT} (128 MiB, three passes: about a second each time), which
 * made the lock's tests spend most of their time deriving keys. Keys carry their cost, so a key
 * wrapped here opens the same way in the app's code.
 */
public final class FastKeys {

    public static final PassphraseKeys.Cost COST = new PassphraseKeys.Cost(8 * 1024, 1, 1);

    private FastKeys() {
    }
}
