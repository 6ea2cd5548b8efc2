package commonground.cues;

import java.util.List;
import java.util.Objects;

/**
 * The words of one cue: what is seen (an observation, not an interpretation), what it might
 * mean (said tentatively), one to three gentle acknowledgements, an optional response without
 * words, and one thing better left unsaid. Built-in and custom cues share these rules.
 */
public record CueText(CueCategory category, String seen, String mightMean, List<String> acknowledgements,
                      String nonverbal, String notToSay) {

    public static final int MAX_SEEN = 120;
    public static final int MAX_MEANING = 400;
    public static final int MAX_ACKNOWLEDGEMENT = 200;
    public static final int MAX_ACKNOWLEDGEMENTS = 3;
    public static final int MAX_NONVERBAL = 200;
    public static final int MAX_NOT_TO_SAY = 200;

    public CueText {
        acknowledgements = acknowledgements == null ? List.of()
                : acknowledgements.stream().filter(Objects::nonNull).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
        seen = strip(seen);
        mightMean = strip(mightMean);
        nonverbal = strip(nonverbal);
        notToSay = strip(notToSay);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** What is wrong with these words, naming the field; null when they can be saved. */
    public CueProblem problem() {
        if (category == null) {
            return new CueProblem("category", "Please choose a group for this cue.");
        }
        CueProblem p = required("seen", "what you see", seen, MAX_SEEN);
        if (p == null) {
            p = required("mightMean", "what it might mean", mightMean, MAX_MEANING);
        }
        if (p != null) {
            return p;
        }
        if (acknowledgements.isEmpty()) {
            return new CueProblem("acknowledgements",
                    "Please add at least one gentle thing to say or do in response.");
        }
        if (acknowledgements.size() > MAX_ACKNOWLEDGEMENTS) {
            return new CueProblem("acknowledgements", "Please keep it to " + MAX_ACKNOWLEDGEMENTS
                    + " acknowledgements or fewer; there are " + acknowledgements.size() + ".");
        }
        for (String a : acknowledgements) {
            if (a.length() > MAX_ACKNOWLEDGEMENT) {
                return new CueProblem("acknowledgements", "Each acknowledgement can be up to "
                        + MAX_ACKNOWLEDGEMENT + " characters; a short one is often kinder.");
            }
        }
        if (nonverbal.length() > MAX_NONVERBAL) {
            return new CueProblem("nonverbal", "The response without words can be up to " + MAX_NONVERBAL
                    + " characters.");
        }
        return required("notToSay", "one thing better left unsaid", notToSay, MAX_NOT_TO_SAY);
    }

    private static CueProblem required(String field, String what, String value, int max) {
        if (value.isEmpty()) {
            return new CueProblem(field, "Please write " + what + ".");
        }
        if (value.length() > max) {
            return new CueProblem(field, "Please keep " + what + " to " + max + " characters; there are "
                    + value.length() + ".");
        }
        return null;
    }
}
