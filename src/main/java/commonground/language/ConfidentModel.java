package commonground.language;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finding from the sentence model alone (decision 0027): when no rule found anything in a sentence
 * but the model is very sure it holds a judgment, a demand or pressure, the coach still says so, with
 * general words ({@code structures.model-confident} in coach-rules.yaml). It marks the clause the model
 * finds most likely, or the whole sentence. It stays quiet when the sentence does not speak to or of "you" (the
 * writer's own distress, "everyone would be better off without me", or what a third person did), holds neither a clearly negative
 * word nor one of {@code model_evidence}, reports someone else's words, is appreciation (with no harsh word), says how their body is ("youre sick again"), or leaves room for no without taking it back ("..., but ...").
 */
final class ConfidentModel {

    /** The id of the texts in coach-rules.yaml, and the finding's rule id. */
    static final String ID = "model-confident";

    /** How likely the model must find a sentence to flag it on its own. */
    static final double THRESHOLD = 0.7;

    private static final Pattern SAID_TO_YOU = Pattern.compile("\\b(?:you|your|yours|yourself|you're|youre|you've"
            + "|you'd|you'll|u|ur|ya)\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:\u2014]|\\s(?:but|and|so|because)\\s|\\s-\\s");

    static final int NONE = 0;
    static final int WORDS = 1;
    static final int HARSH = 2;

    private ConfidentModel() {
    }

    /**
     * What in the sentence a judgment or push may be made of: {@link #HARSH}, a word the VADER lexicon
     * rates clearly negative that no "not" or "never" just before takes back; {@link #WORDS}, a word of
     * the list {@code model_evidence} (absolutes, obligation, "why", "even", ...); or {@link #NONE}.
     */
    static int evidence(CoachRules rules, String norm) {
        String[] words = norm.split("[^a-z']+");
        int found = NONE;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            String before = i > 0 ? words[i - 1] : "";
            String after = i + 1 < words.length ? words[i + 1] : "";
            boolean notMeant = w.equals("must") && after.equals("be")
                    || w.startsWith("need") && (before.equals("we") || before.equals("i"));
            if (!notMeant && (rules.inList("model_evidence", w) || rules.inList("model_evidence", before + " " + w))
                    && !negated(words, i, 2)) {
                found = Math.max(found, WORDS); // "not your fault" is reassurance
            }
            if (Lexicon.valence(w) <= -1.5f && !rules.inList("states", w) && !negated(words, i, 6)) {
                return HARSH;
            }
        }
        return found;
    }

    private static boolean negated(String[] words, int i, int window) {
        for (int j = Math.max(0, i - window); j < i; j++) {
            String w = words[j];
            if (w.equals("not") || w.endsWith("n't") || w.equals("never") || w.equals("dont") || w.equals("no")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The span [start, end) within {@code norm} to flag, or {@code null}.
     *
     * @param p the model's probability for the whole sentence
     */
    static int[] span(CoachRules rules, SentenceModel model, String norm, double p, double threshold) {
        if (p < threshold || Attribution.reported(norm, norm.length())) {
            return null;
        }
        List<String> features = SentenceModel.features(norm);
        if (features.contains(SentenceModel.BODILY_STATE) && !features.contains("(valence neg)")) {
            return null; // "youre sick again": how they are, not a verdict, unless a harsh word is said too
        }
        if (!SAID_TO_YOU.matcher(norm).find()) {
            return null; // about the writer or a third person ("everyone would be better off without me"): not ours
        }
        int evidence = evidence(rules, norm);
        if (evidence == NONE) {
            return null; // the model alone is too eager on plain sentences ("See you at six")
        }
        int but = norm.lastIndexOf(" but ");
        if (evidence != HARSH && rules.isAppreciation(but < 0 ? norm : norm.substring(but))
                || but < 0 && rules.hasRoomForNo(norm)) {
            return null;
        }
        int bestStart = 0;
        int bestEnd = norm.length();
        double best = -1;
        int from = 0;
        Matcher m = CLAUSE_BREAK.matcher(norm);
        boolean split = false;
        while (true) {
            boolean found = m.find();
            int to = found ? m.start() : norm.length();
            if (found || split) {
                double q = to - from > 1 ? model.probability(norm.substring(from, to)) : -1;
                if (q > best) {
                    best = q;
                    bestStart = from;
                    bestEnd = to;
                }
            }
            if (!found) {
                break;
            }
            split = true;
            from = m.end();
        }
        if (best < threshold) {
            bestStart = 0;
            bestEnd = norm.length();
        }
        return new int[] {bestStart, bestEnd};
    }
}
