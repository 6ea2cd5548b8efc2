package commonground.bench;

import commonground.storage.Database;
import commonground.reflection.NoteBulkLoader;
import commonground.storage.PrivacyLock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * How long the passphrase lock takes on this machine, with the real Argon2id settings (128 MiB,
 * 3 passes): turning it on over N notes of about 1 KB, unlocking (deriving the key, unwrapping
 * the data key, opening every note into the in-memory search index), and encrypting everything
 * with a new data key (the file and one backup, each sealed again and compacted). Prints the
 * median and the slowest of the unlocks. Run with {@code bench/unlock.sh [NOTES...]}.
 */
public final class UnlockBenchmark {

    private static final int UNLOCKS = 7;

    private UnlockBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {0, 1_000, 10_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        char[] passphrase = "slow river at dusk".toCharArray();
        for (int count : sizes) {
            Path dir = Files.createTempDirectory("unlock-bench");
            Path file = dir.resolve("unlock-" + count + ".db");
            NoteTextGenerator text = new NoteTextGenerator(42);
            try (Database db = Database.open(file)) {
                db.registerSearchIndex(commonground.reflection.NoteSearch.INDEX);
                NoteBulkLoader.insert(db, count, i -> text.note(new Random(1000L + i), 1000));
                PrivacyLock lock = new PrivacyLock(db);
                long t0 = System.nanoTime();
                lock.enable(passphrase, 15);
                double enableMs = (System.nanoTime() - t0) / 1e6;
                double[] ms = new double[UNLOCKS];
                for (int i = 0; i < UNLOCKS; i++) {
                    lock.lock();
                    long t1 = System.nanoTime();
                    if (!lock.unlock(passphrase)) {
                        throw new IllegalStateException("the passphrase did not unlock");
                    }
                    ms[i] = (System.nanoTime() - t1) / 1e6;
                }
                lock.lock();
                long t2 = System.nanoTime();
                boolean wrong = lock.unlock("slow river at dawn".toCharArray());
                double wrongMs = (System.nanoTime() - t2) / 1e6;
                Arrays.sort(ms);
                if (!lock.unlock(passphrase)) {
                    throw new IllegalStateException("the passphrase did not unlock");
                }
                new commonground.storage.Backups(db).now();
                long t3 = System.nanoTime();
                PrivacyLock.KeyChange rotated = lock.rotateDataKey(passphrase);
                double rotateMs = (System.nanoTime() - t3) / 1e6;
                if (rotated == null || !rotated.backupsNotChanged().isEmpty()) {
                    throw new IllegalStateException("the key was not rotated everywhere");
                }
                System.out.printf("%,7d notes: turn on %8.0f ms   unlock median %6.0f ms, slowest %6.0f ms   "
                        + "wrong passphrase answered in %5.0f ms (%s)   new data key (file and one backup) %8.0f ms%n",
                        count, enableMs, ms[UNLOCKS / 2], ms[UNLOCKS - 1], wrongMs, wrong ? "opened?!" : "refused",
                        rotateMs);
            }
        }
    }
}
