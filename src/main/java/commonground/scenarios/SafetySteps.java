package commonground.scenarios;

import commonground.care.SafetyAnswer;
import commonground.care.SafetyNotice;

import java.util.List;

/**
 * The steps a scenario with {@code safetyQuestion: true} begins with: the optional question
 * "Do you ever feel afraid of them...?", and for a Yes or "I'm not sure" a separate, calm path
 * that says plainly why the practices are not for a relationship with fear, points to help, and
 * ends there. Written once here so every scenario asks the same way and the answers can be kept
 * with the person.
 */
final class SafetySteps {

    static final String QUESTION = "feel-safe";
    static final String SAFE_PATH = "safe-path";
    static final String SUPPORT = "safe-support";
    static final List<String> IDS = List.of(QUESTION, SAFE_PATH, SUPPORT);
    /** The option that leaves the question unanswered. */
    static final String SKIP = "I'd rather not answer";

    private SafetySteps() {
    }

    /** The three steps, the question leading on to {@code firstStep} after a No or no answer. */
    static List<Step> before(String firstStep) {
        Step question = new Step(QUESTION, StepKind.CHOICE, "Before you begin: your safety",
                "Do you ever feel afraid of {them}, or are you hurt, threatened or controlled?\n\n" + SafetyNotice.WHY_ASKED
                        + " When this walk-through is about someone in People, your answer is kept with "
                        + "{them} (sealed when the passphrase lock is on), and you can change it there.",
                List.of("self-care"),
                List.of(new ChoiceOption(SafetyAnswer.YES.label(), SAFE_PATH),
                        new ChoiceOption(SafetyAnswer.NO.label(), firstStep),
                        new ChoiceOption(SafetyAnswer.NOT_SURE.label(), SAFE_PATH),
                        new ChoiceOption(SKIP, firstStep)),
                List.of(), null, null);
        Step safePath = new Step(SAFE_PATH, StepKind.INFO, "Your safety comes first",
                SafetyNotice.SAFE_PATH + "\n\n" + SafetyNotice.HELP_POINTER + " This walk-through does not go on "
                        + "to suggestions about waiting for {them} or staying close.",
                List.of("self-care"), List.of(), List.of(), null, null);
        Step support = new Step(SUPPORT, StepKind.PLAN, "Someone on your side",
                "Think of one person or service you could talk to: a friend you trust, your doctor, or a "
                        + "support line from Help and support (F1). You don't have to decide anything else today. "
                        + "If someone else can see this computer, you may prefer to keep your plan in your head.",
                List.of("self-care", "needs"), List.of(), List.of(),
                "Call the support line on Tuesday while I'm out for a walk.", Scenario.END);
        return List.of(question, safePath, support);
    }

    /** The answer an option of the question stands for; null for no answer. */
    static SafetyAnswer answerFor(String label) {
        for (SafetyAnswer a : SafetyAnswer.values()) {
            if (a.label().equals(label)) {
                return a;
            }
        }
        return null;
    }
}
