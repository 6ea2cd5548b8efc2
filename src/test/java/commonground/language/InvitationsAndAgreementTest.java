package commonground.language;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * False alarms found in practice conversations (decision 0018): agreement, orders that offer or
 * invite, and consent are not flagged; the same shapes carrying a real demand still are.
 */
class InvitationsAndAgreementTest {

    private static final LanguageCoach COACH = new LanguageCoach();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "You're right.",
        "You are so right about the bins.",
        "You're dead right, let's wait.",
        "Go ahead and eat, I'll be a while.",
        "Go on and try a slice of the cake.",
        "Play me something on the guitar.",
        "Show me how you fold those.",
        "Tell me everything about the holiday when you're back.",
        "I'll leave it unless you say so.",
        "I'll book it unless you tell me not to.",
        "Take the car tomorrow, I'm off anyway.",
        "Use the desk as long as you need.",
        "No reply needed, just thinking of you.",
        "You never once complained, and I noticed.",
    })
    void warmOrPlainSentencesAreNotFlagged(String text) {
        Review review = COACH.review(text);
        assertFalse(review.flagged(), () -> text + " -> " + review.findings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "You're a right grump today.",
        "Go on, apologise to her.",
        "Go ahead and explain yourself then.",
        "Pass me your phone right now.",
        "I won't let it go until you tell me what's wrong.",
        "You're being so passive about the move.",
        "Tell your brother to stop calling here.",
        "No rush, but you will tell me where you were.",
    })
    void theSameShapesWithARealDemandOrVerdictAreFlagged(String text) {
        Review review = COACH.review(text);
        assertTrue(review.flagged(), () -> text + " -> nothing found");
    }
}
