package commonground.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

class InstanceLockTest {

    @Test
    void onlyOneHolderAtATimeAndAStaleLockFileIsTakenOver(@TempDir Path dir) throws Exception {
        // A lock file left by a crashed run: the file exists, but no process holds its lock.
        Files.writeString(dir.resolve(InstanceLock.FILE_NAME), "99999\n");
        Optional<InstanceLock> first = InstanceLock.tryAcquire(dir);
        assertTrue(first.isPresent(), "a stale lock file does not block");
        assertTrue(InstanceLock.tryAcquire(dir).isEmpty(), "a second holder is refused");
        first.get().close();
        Optional<InstanceLock> again = InstanceLock.tryAcquire(dir);
        assertTrue(again.isPresent());
        again.get().close();
    }

    @Test
    void aLockHeldByAnotherProcessIsRespected(@TempDir Path dir) throws Exception {
        // A second JVM takes the lock and waits; while it runs, this process cannot take it.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldLock.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
            assertTrue("locked".equals(line), "child said: " + line);
            assertTrue(InstanceLock.tryAcquire(dir).isEmpty());
        } finally {
            holder.destroyForcibly().waitFor();
        }
        Optional<InstanceLock> after = InstanceLock.tryAcquire(dir);
        assertTrue(after.isPresent(), "a killed holder's lock is released by the system");
        after.get().close();
    }

    /** Run in a child JVM: holds the lock until killed. */
    public static final class HoldLock {
        public static void main(String[] args) throws Exception {
            Optional<InstanceLock> lock = InstanceLock.tryAcquire(Path.of(args[0]));
            System.out.println(lock.isPresent() ? "locked" : "refused");
            System.out.flush();
            new java.util.concurrent.CountDownLatch(1).await(); // until killed
        }
    }
}
