package commonground.app;

import javafx.application.Platform;
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
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // Runs after this pulse, whose frame has then been handed to the renderer.
            Platform.runLater(() -> report.accept(sinceJvmStart()));
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    public static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
