package commonground.language;

import java.util.ArrayList;
import java.util.List;

/**
 * When and on which thread the coach's parts were read: its rules, its language models, its word
 * lists, and each coach made. The app must never do this on the JavaFX thread nor before its first
 * frame (a test starts the app and checks); nothing here holds what anyone wrote.
 */
public final class ModelLoading {

    /** One part read (or one coach made): what, on which thread, at which {@link System#nanoTime()}. */
    public record Load(String what, String thread, long nanoTime) {
    }

    private static final int KEPT = 64;
    private static final List<Load> LOADS = new ArrayList<>();

    private ModelLoading() {
    }

    static void record(String what) {
        Load load = new Load(what, Thread.currentThread().getName(), System.nanoTime());
        synchronized (LOADS) {
            if (LOADS.size() == KEPT) {
                LOADS.remove(0);
            }
            LOADS.add(load);
        }
    }

    /** The most recent loads, oldest first. */
    public static List<Load> recent() {
        synchronized (LOADS) {
            return List.copyOf(LOADS);
        }
    }
}
