package commonground.longgame;

import commonground.shell.DatabaseThread;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Asks {@link Reminders} once a minute while the app is open (and not locked) whether to remind
 * the user, and shows the calm in-app notice it returns.
 */
public final class ReminderTicker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ReminderTicker.class.getName());

    private final Reminders reminders;
    private final DatabaseThread dbThread;
    private final BooleanSupplier readable;
    private final Consumer<String> notice;
    private final Runnable onClose;
    private final Timeline timeline;

    public ReminderTicker(Reminders reminders, DatabaseThread dbThread, BooleanSupplier readable,
                          Consumer<String> notice, Runnable onClose) {
        this.reminders = reminders;
        this.dbThread = dbThread;
        this.readable = readable;
        this.notice = notice;
        this.onClose = onClose;
        this.timeline = new Timeline(new KeyFrame(Duration.minutes(1), e -> tick()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    /** Checks now, then once a minute. Call on the JavaFX thread. */
    public void start() {
        tick();
        timeline.play();
    }

    void tick() {
        if (!readable.getAsBoolean()) {
            return;
        }
        dbThread.run(reminders::check, found -> found.ifPresent(notice),
                error -> LOG.log(System.Logger.Level.WARNING, "Reminders could not be checked", error));
    }

    @Override
    public void close() {
        timeline.stop();
        onClose.run();
    }
}
