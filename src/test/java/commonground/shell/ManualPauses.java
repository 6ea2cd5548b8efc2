package commonground.shell;

import javafx.util.Duration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@link Pauses} for view-model tests: time moves only when the test calls {@link #advance}, and
 * pauses that end by then run at once on the test's thread, in the order they end.
 */
public final class ManualPauses implements Pauses {

    private final List<ManualPause> all = new ArrayList<>();
    private double now;

    @Override
    public Pause create(Duration length, Runnable then) {
        ManualPause pause = new ManualPause(length.toMillis(), then);
        all.add(pause);
        return pause;
    }

    /** Moves time on by {@code millis}, running each pause that ends meanwhile. */
    public void advance(double millis) {
        double until = now + millis;
        while (true) {
            ManualPause next = all.stream().filter(p -> p.running && p.endsAt <= until)
                    .min(Comparator.comparingDouble(p -> p.endsAt)).orElse(null);
            if (next == null) {
                break;
            }
            now = next.endsAt;
            next.running = false;
            next.then.run();
        }
        now = until;
    }

    /** True while some pause is waiting to end. */
    public boolean anyRunning() {
        return all.stream().anyMatch(p -> p.running);
    }

    private final class ManualPause implements Pause {
        private final double length;
        private final Runnable then;
        private boolean running;
        private double endsAt;

        ManualPause(double length, Runnable then) {
            this.length = length;
            this.then = then;
        }

        @Override
        public void playFromStart() {
            running = true;
            endsAt = now + length;
        }

        @Override
        public void stop() {
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }
    }
}
