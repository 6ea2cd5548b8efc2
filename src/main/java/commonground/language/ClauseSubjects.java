package commonground.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the subject of a clause is, read from the words alone (the regular-expression rules'
 * guards use it; {@link ParsedSentence} does the same from parts of speech for {@link Structures}).
 */
final class ClauseSubjects {

    private static final Pattern TOKEN = Pattern.compile("[a-z0-9']+|[,;:()\"\u2014\u2013]");
    private static final Pattern YOU_WORD = Pattern.compile("\\byou(?:'?re|'?ve|'?d|'?ll|rself)?\\b");
    private static final Set<String> YOU = Set.of("you", "you're", "youre", "you've", "you'd", "you'll", "ya", "u");
    private static final Set<String> OTHER_SUBJECTS = Set.of(
            "i", "i'm", "im", "i've", "i'd", "i'll", "we", "we're", "we've", "we'd", "we'll", "he", "he's",
            "she", "she's", "they", "they're", "they've", "it", "it's", "this", "there", "there's", "everyone",
            "everybody", "nobody", "someone", "somebody", "people", "he'd", "she'd", "they'd", "one", "who");
    private static final Set<String> CLAUSE_BREAKS = Set.of(
            ",", ";", ":", "(", ")", "\"", "\u2014", "\u2013", "and", "but", "because", "cause", "cuz", "cos",
            "so", "when", "whenever", "if", "while", "though", "although", "that", "like", "since", "until",
            "unless", "or", "then", "as");
    /** Words that open a sentence but not an order. */
    private static final Set<String> NOT_IMPERATIVE_OPENERS = Set.of(
            "not", "maybe", "no", "yes", "yeah", "ok", "okay", "sorry", "well", "oh", "can", "could", "would",
            "will", "is", "are", "do", "does", "did", "what", "why", "how", "when", "where", "who", "which",
            "the", "a", "an", "my", "your", "our", "his", "her", "their", "if", "thanks", "thank", "hi", "hey",
            "sure", "perhaps", "probably", "busy", "dinner", "anyway", "also", "either", "right", "even", "let's");
    /** Words that may come before the verb of an order ("please come home", "just stop"). */
    private static final Set<String> IMPERATIVE_LEAD_INS = Set.of("please", "just", "now", "so", "and", "then", "honestly");
    /** How many words may sit between the subject and the matched word for the span to start at the subject. */
    private static final int SUBJECT_REACH = 4;

    private final CoachRules rules;

    ClauseSubjects(CoachRules rules) {
        this.rules = rules;
    }

    /** True if "you" occurs in [from, to) other than right after an object word ("of you", "with you"). */
    boolean hasYouSubject(String norm, int from, int to) {
        Matcher you = YOU_WORD.matcher(norm);
        you.region(from, to);
        while (you.find()) {
            String before = previousToken(norm, you.start());
            boolean contracted = you.end() - you.start() > 3 && !you.group().endsWith("rself");
            if (contracted || before == null || !rules.isObjectPreceder(before)) { // "you've" is always a subject
                return true;
            }
        }
        return false;
    }

    private static String previousToken(String norm, int pos) {
        int e = pos;
        while (e > 0 && Character.isWhitespace(norm.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && TextTools.isWordChar(norm.charAt(b - 1))) {
            b--;
        }
        return b < e ? norm.substring(b, e) : null;
    }

    /**
     * True if the sentence has no subject pronoun and starts with a word that can be a verb, i.e. it
     * reads as an imperative ("Come home right now"), not "Not right now" or "Dinner's ready".
     */
    static boolean startsWithVerb(String norm) {
        Matcher t = TOKEN.matcher(norm);
        while (t.find()) {
            String tok = norm.substring(t.start(), t.end());
            if (TextTools.isWordChar(tok.charAt(0))) {
                if (NOT_IMPERATIVE_OPENERS.contains(tok) || YOU.contains(tok) || OTHER_SUBJECTS.contains(tok)) {
                    return false;
                }
                if (!IMPERATIVE_LEAD_INS.contains(tok)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text after the first "you" inside the match (the rest of the sentence if there is none). */
    static String restAfterYou(String norm, Matcher m) {
        Matcher you = YOU_WORD.matcher(norm);
        if (you.find(m.start()) && you.start() < m.end()) {
            return norm.substring(you.end());
        }
        return norm.substring(m.end());
    }

    /**
     * Walks back from {@code pos} within the clause to find its subject. Returns the offset where
     * the span should start if the subject is "you" (the subject's offset when it is close, else
     * {@code pos}), or -1 when the subject is someone else or there is none (an imperative).
     * A "you" right after a word such as "love", "thank" or "with" is an object and is skipped.
     */
    int subjectYouStart(String norm, int pos) {
        List<int[]> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(norm);
        t.region(0, pos);
        while (t.find()) {
            tokens.add(new int[] {t.start(), t.end()});
        }
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String tok = norm.substring(tokens.get(i)[0], tokens.get(i)[1]);
            if (YOU.contains(tok)) {
                boolean object = i > 0 && rules.isObjectPreceder(
                        norm.substring(tokens.get(i - 1)[0], tokens.get(i - 1)[1]));
                if (!object) {
                    return tokens.size() - 1 - i < SUBJECT_REACH ? tokens.get(i)[0] : pos;
                }
                continue;
            }
            if (OTHER_SUBJECTS.contains(tok) || CLAUSE_BREAKS.contains(tok)) {
                return -1;
            }
        }
        return -1;
    }
}
