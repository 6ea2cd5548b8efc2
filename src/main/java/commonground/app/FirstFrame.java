package commonground.app;

import commonground.shell.NextFrame;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;
import java.util.function.LongConsumer;

/**
 * Notices the first frame a scene shows and reports how long after JVM start it came, so
 * start-up can be measured from outside ({@code first frame after N ms}).
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    /** Calls {@code report} once, on the JavaFX thread, with milliseconds since the JVM started. */
    public static void watch(Scene scene, LongConsumer report) {
        NextFrame.then(scene, () -> report.accept(sinceJvmStart()));
    }

    public static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
