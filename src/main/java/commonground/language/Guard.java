package commonground.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The distinctions the coach makes in code after a rule's pattern has matched.
 * Rules name them in coach-rules.yaml under {@code guards}, in lower case.
 */
enum Guard {
    /** Keep only if the subject of the clause is "you" (not I, we, they, a name, or "you" as an object). */
    SUBJECT_YOU,
    /** Keep only if the clause's subject is "you", or it has no subject and starts with a verb (an imperative). */
    IMPERATIVE_OR_YOU,
    /** Drop if the sentence is appreciation: appreciation words and no criticism words. */
    NOT_APPRECIATION,
    /**
     * Drop if the sentence leaves room for no ("no rush", "if you want", "that's fine"). No shipped
     * demand or push uses it: a softener never cancels a demand in the same sentence (decision 0008).
     */
    NO_ROOM_FOR_NO,
    /** Drop if a negator comes before the match ("I don't think you're...", "I never said..."). */
    NOT_NEGATED,
    /** Drop in a plain yes/no question to them ("Do you always take the bus?"). */
    NOT_YES_NO_QUESTION,
    /** Keep only if what follows (group {@code rest}, or the text after the match) carries criticism. */
    NEGATIVE_REST,
    /** Keep only if the sentence has "you" as a subject outside the match (not "of you", "with you"). */
    MENTIONS_YOU;

    static Guard parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown guard '" + name + "' (known: " + known() + ")", e);
        }
    }

    static String known() {
        return Arrays.stream(values()).map(g -> g.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
