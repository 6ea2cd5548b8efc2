package commonground.storage;

import commonground.reflection.NoteRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A child JVM autosaves notes as fast as it can and is killed with SIGKILL after a random number of saves,
 * 50 times over the same database. After each kill: {@code integrity_check} is ok, and every note
 * whose save the child had seen acknowledged is there with that text or a later one.
 */
class CrashSafetyTest {

    private static final int KILLS = 50;
    private static final Pattern ACK = Pattern.compile("saved (\\d+) (\\d+)");

    @Test
    void notesWhoseSaveWasAcknowledgedSurviveASigkill(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        Database.open(file).close();
        Random random = new Random(20261125L);
        Map<Long, Integer> acknowledged = new ConcurrentHashMap<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int totalAcks = 0;
        for (int round = 0; round < KILLS; round++) {
            Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    AutosaveWorker.class.getName(), file.toString(), String.valueOf(round))
                    .redirectErrorStream(true).start();
            CountDownLatch firstAck = new CountDownLatch(1);
            // Killed after a random number of acknowledged saves, so mid-way through the next one.
            CountDownLatch enoughAcks = new CountDownLatch(1 + random.nextInt(40));
            int[] acks = new int[1];
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        Matcher m = ACK.matcher(line);
                        if (m.matches()) {
                            acknowledged.merge(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), Math::max);
                            acks[0]++;
                            firstAck.countDown();
                            enoughAcks.countDown();
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // The child was killed.
                }
            });
            reader.start();
            assertTrue(firstAck.await(30, TimeUnit.SECONDS), "the worker started saving");
            assertTrue(enoughAcks.await(30, TimeUnit.SECONDS), "the worker kept saving");
            child.destroyForcibly(); // SIGKILL on Linux and macOS
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            reader.join(5000);
            totalAcks += acks[0];

            assertEquals("ok", Backups.integrityCheck(file), "integrity after kill " + (round + 1));
            try (Database db = Database.open(file)) {
                NoteRepository notes = new NoteRepository(db);
                for (Map.Entry<Long, Integer> e : acknowledged.entrySet()) {
                    String body = notes.find(e.getKey()).orElseThrow(
                            () -> new AssertionError("note " + e.getKey() + " was acknowledged but is gone")).body();
                    int revision = AutosaveWorker.revisionOf(body);
                    assertTrue(revision >= e.getValue(), "note " + e.getKey() + " has revision " + revision
                            + " but revision " + e.getValue() + " was acknowledged");
                }
            }
        }
        assertTrue(totalAcks > KILLS, "saves were acknowledged: " + totalAcks);
    }

    /** Runs in the child JVM: creates notes and keeps rewriting them, printing each acknowledged save. */
    public static final class AutosaveWorker {
        public static void main(String[] args) throws Exception {
            try (Database db = Database.open(Path.of(args[0]))) {
                NoteRepository notes = new NoteRepository(db);
                long[] ids = new long[3];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = notes.create(null, null).id();
                }
                for (int revision = 1; ; revision++) {
                    for (long id : ids) {
                        notes.saveBody(id, "Round " + args[1] + ", revision " + revision + ". "
                                + "Today I noticed a small sign of trust. ".repeat(20));
                        System.out.println("saved " + id + " " + revision);
                        System.out.flush();
                    }
                }
            }
        }

        static int revisionOf(String body) {
            Matcher m = Pattern.compile("revision (\\d+)\\.").matcher(body);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        }
    }
}
