package commonground.practice;

import commonground.language.LanguageCoach;
import commonground.language.Review;

import java.util.function.Consumer;

/**
 * Reviews a typed reply with the message coach. The app's runs the coach on its own thread and
 * hands the review back on the JavaFX thread (the one "Draft a message" uses); tests run it at once.
 */
@FunctionalInterface
public interface ReplyCoach {

    void review(String text, Consumer<Review> then);

    /** Reviews at once on the calling thread. */
    static ReplyCoach sameThread(LanguageCoach coach) {
        return (text, then) -> then.accept(coach.review(text));
    }
}
