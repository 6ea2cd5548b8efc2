package commonground.storage;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (Bouncy Castle), which turns a passphrase or recovery key into a 256-bit key that
 * wraps the data key. Memory-hard, so guessing passphrases on a copied file is slow even with
 * graphics cards. See docs/decisions/0004-passphrase-lock.md.
 */
record KeyDerivation(int memoryKib, int iterations, int parallelism) {

    /**
     * 128 MiB, 3 passes, 1 lane: about a second on the 2-core development machine under load with
     * the launcher's JVM options (bench/unlock.sh). One lane, because Bouncy Castle fills the lanes
     * one after another: more lanes would cost the user time without costing a guesser more
     * memory. Keys wrapped earlier keep the settings stored beside them.
     */
    static final KeyDerivation DEFAULT = new KeyDerivation(128 * 1024, 3, 1);

    byte[] derive(char[] secret, byte[] salt) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] key = new byte[32];
        generator.generateBytes(secret, key);
        return key;
    }
}
