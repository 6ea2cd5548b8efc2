package commonground.draft;

import commonground.language.LanguageCoach;
import commonground.language.Review;
import javafx.application.Platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs the message coach away from the JavaFX thread (it is fast, but a long draft is many
 * sentences) and hands the review back on the JavaFX thread. One shared coach and thread.
 */
public final class CoachService {

    private volatile LanguageCoach coach;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "message-coach");
        t.setDaemon(true);
        return t;
    });

    public CoachService(LanguageCoach coach) {
        this.coach = coach;
    }

    /** A service whose coach (and its rules file) is loaded on first use, on the coach's own thread. */
    public CoachService() {
        this.coach = null;
    }

    /** Reviews {@code text}; {@code onReview} gets the result on the JavaFX thread. */
    public void review(String text, Consumer<Review> onReview) {
        executor.execute(() -> {
            Review review = coach().review(text);
            Platform.runLater(() -> onReview.accept(review));
        });
    }

    /** The coach itself, for callers already off the JavaFX thread. */
    public LanguageCoach coach() {
        LanguageCoach c = coach;
        if (c == null) {
            synchronized (this) {
                if (coach == null) {
                    coach = new LanguageCoach();
                }
                c = coach;
            }
        }
        return c;
    }
}
