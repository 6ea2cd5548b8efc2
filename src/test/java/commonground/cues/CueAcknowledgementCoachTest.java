package commonground.cues;

import commonground.content.Practices;
import commonground.language.LanguageCoach;
import commonground.language.Review;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every built-in acknowledgement passes the message coach with no findings. */
class CueAcknowledgementCoachTest {

    @Test
    void everyAcknowledgementPassesTheMessageCoach() throws Exception {
        LanguageCoach coach = new LanguageCoach();
        List<String> flagged = new ArrayList<>();
        for (Cue cue : CueCatalogue.load(Practices.load()).all()) {
            for (String ack : cue.text().acknowledgements()) {
                Review review = coach.review(ack);
                if (!review.findings().isEmpty()) {
                    flagged.add(cue.key() + ": \"" + ack + "\" " + review.findings());
                }
            }
        }
        assertEquals(List.of(), flagged);
    }
}
