package commonground.storage;

import java.util.Arrays;

/**
 * How long one Argon2id derivation takes on this machine at several costs, to choose the lock's
 * setting (docs/decisions/0004-passphrase-lock.md). Each is run 5 times after one warm-up; the
 * median and the slowest are printed. Run with {@code bench/unlock.sh}.
 */
public final class Argon2CostBenchmark {

    private static final int RUNS = 5;

    private Argon2CostBenchmark() {
    }

    public static void main(String[] args) {
        KeyDerivation[] costs = {
            new KeyDerivation(64 * 1024, 3, 1),
            KeyDerivation.DEFAULT,
            new KeyDerivation(256 * 1024, 2, 4),
            new KeyDerivation(256 * 1024, 3, 4),
        };
        char[] passphrase = "slow river at dusk".toCharArray();
        byte[] salt = new byte[16];
        for (KeyDerivation kdf : costs) {
            Arrays.fill(kdf.derive(passphrase, salt), (byte) 0);
            double[] ms = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                byte[] key = kdf.derive(passphrase, salt);
                ms[i] = (System.nanoTime() - t0) / 1e6;
                Arrays.fill(key, (byte) 0);
            }
            Arrays.sort(ms);
            System.out.printf("Argon2id m=%4d MiB t=%d p=%d%s: median %6.0f ms, slowest %6.0f ms%n",
                    kdf.memoryKib() / 1024, kdf.iterations(), kdf.parallelism(),
                    kdf.equals(KeyDerivation.DEFAULT) ? " (the app's)" : "", ms[RUNS / 2], ms[RUNS - 1]);
        }
    }
}
