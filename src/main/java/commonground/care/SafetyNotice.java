package commonground.care;

/**
 * The words of the safety question and the safe path, in one place so every module says the same.
 * The practices of this app (acceptance, waiting for consent, playing the long game) are meant for
 * someone who finds feelings hard to share, never for a relationship with fear or violence.
 */
public final class SafetyNotice {

    /** The optional question, asked when adding a person and at the start of the walk-throughs. */
    public static final String QUESTION =
            "Do you ever feel afraid of them, or are you hurt, threatened or controlled?";

    /** Said with the question, so it is clear why it is asked and that it may be left. */
    public static final String WHY_ASKED = "You don't have to answer. The ideas in this app are about patience "
            + "and closeness; if you are afraid, other help comes first.";

    /** Where help is: the Help page lists support services and emergency numbers. */
    public static final String HELP_POINTER =
            "Help and support (F1) lists abuse support and emergency numbers for your country.";

    /** What the separate path says plainly, after a Yes or "I'm not sure". */
    public static final String SAFE_PATH = "The ideas in this app, such as acceptance, waiting and staying "
            + "close, are not meant for a relationship where there is fear, threats, control or violence. "
            + "Feeling this way is not your fault, and you don't have to earn safety by being more patient. "
            + "You deserve support from people who know about this. If you are in danger right now, call "
            + "your local emergency number.";

    /** Said on the person's page with the safe path: what the answer changes. */
    public static final String WHAT_CHANGES = "From now on, walk-throughs and cue suggestions about this person "
            + "leave out advice about waiting and staying close. You can change your answer here at any time.";

    private SafetyNotice() {
    }

    /**
     * The short line shown instead of advice about waiting and staying close, when the answer is not
     * known here: it says only that there was an answer, never what it was.
     */
    public static String instead(String name) {
        return "Because of your answer about whether you feel safe with " + who(name) + REST;
    }

    /**
     * The short line shown instead of advice about waiting and staying close, in words that follow the
     * answer: a Yes is said back as the question was asked, "I'm not sure" as not being sure. Never
     * more than the user said.
     */
    public static String instead(String name, SafetyAnswer answer) {
        if (answer == SafetyAnswer.YES) {
            return "Because you said you sometimes feel afraid of " + who(name)
                    + ", or are hurt, threatened or controlled" + REST;
        }
        if (answer == SafetyAnswer.NOT_SURE) {
            return "Because you weren't sure whether you feel safe with " + who(name) + REST;
        }
        return instead(name);
    }

    private static final String REST = ", suggestions about waiting and staying close are not shown. "
            + "Your safety comes first.";

    private static String who(String name) {
        return name == null || name.isBlank() ? "this person" : name.strip();
    }
}
