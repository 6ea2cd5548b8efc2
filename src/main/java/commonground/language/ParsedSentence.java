package commonground.language;

import java.util.Set;
import opennlp.tools.util.Span;

/**
 * One sentence as tokens with parts of speech (from {@link Tagger}), lower-cased for look-ups,
 * with offsets into the sentence. Knows the few pieces of structure the coach asks about: where
 * clauses start, and whether a "you" is the subject of its clause.
 */
final class ParsedSentence {

    static final Set<String> YOU = Set.of("you", "you're", "youre", "you've", "you'd", "you'll", "u", "ya", "ye", "ur");
    /** Words that end a clause for the coach's purposes. */
    private static final Set<String> BREAK_WORDS = Set.of(
            "and", "but", "because", "so", "when", "whenever", "if", "while", "though", "although", "since",
            "until", "unless", "or", "then", "as", "that", "cause", "cos", "after", "before", "once", "which");
    /** Words after which "you" is an object, not a subject, even when the tagger is unsure. */
    private static final Set<String> OBJECT_MAKERS = Set.of("than", "like", "about", "with", "for", "to", "at", "of",
            "from", "without", "behind", "near", "around", "beside", "suit", "suits", "thank", "thanks", "bless");

    final String[] words;
    final String[] tags;
    final int[] start;
    final int[] end;

    ParsedSentence(String cased, String norm) {
        Tagger.Tagged t = Tagger.tag(cased);
        Span[] spans = t.spans();
        int n = spans.length;
        words = new String[n];
        tags = t.tags();
        start = new int[n];
        end = new int[n];
        for (int i = 0; i < n; i++) {
            start[i] = spans[i].getStart();
            end[i] = spans[i].getEnd();
            words[i] = norm.substring(start[i], end[i]);
        }
    }

    int size() {
        return words.length;
    }

    String word(int i) {
        return i >= 0 && i < words.length ? words[i] : "";
    }

    String tag(int i) {
        return i >= 0 && i < tags.length ? tags[i] : "";
    }

    boolean isPunct(int i) {
        return tag(i).equals("PUNCT") || (i >= 0 && i < words.length && !words[i].isEmpty()
                && !Character.isLetterOrDigit(words[i].charAt(0)) && words[i].charAt(0) != '\'');
    }

    /** True where a clause may begin: sentence start, after , ; : or a dash, or after a joining word. */
    boolean clauseStartsAt(int i) {
        if (i <= 0) {
            return true;
        }
        String prev = words[i - 1];
        return isPunct(i - 1) && !prev.equals("'") || BREAK_WORDS.contains(prev);
    }

    /** Where an order may begin: sentence start, after punctuation, or after "and", "but" or "then". */
    boolean orderMayStartAt(int i) {
        if (i <= 0) {
            return true;
        }
        String prev = words[i - 1];
        if (prev.equals("-") && i >= 2 && end[i - 2] == start[i - 1] && end[i - 1] == start[i]) {
            return false; // "a lie-in": a hyphen inside a word starts nothing
        }
        return isPunct(i - 1) && !prev.equals("'") || prev.equals("and") || prev.equals("but") || prev.equals("then");
    }

    boolean isClauseBreak(int i) {
        return isPunct(i) || BREAK_WORDS.contains(word(i));
    }

    boolean isYou(int i) {
        return YOU.contains(word(i));
    }

    /**
     * True if the "you" at {@code i} is the subject of its clause: not right after a verb or a
     * preposition ("love you", "with you", "suit you better"), and not in an inverted question.
     */
    boolean isYouSubject(int i) {
        if (!isYou(i)) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        String prev = words[i - 1];
        String prevTag = tags[i - 1];
        if (OBJECT_MAKERS.contains(prev)) {
            return false;
        }
        if (clauseStartsAt(i) || prevTag.equals("ADV") || prevTag.equals("INTJ") || prevTag.equals("SCONJ")
                || prevTag.equals("CCONJ") || prevTag.startsWith("PROPN")) {
            return true;
        }
        return !(prevTag.startsWith("VERB") || prevTag.startsWith("ADP") || prevTag.startsWith("AUX")
                || prevTag.startsWith("NOUN") || prevTag.startsWith("ADJ"));
    }

    /** Index of the first token at or after {@code from} that ends the clause, or size(). */
    int clauseEnd(int from) {
        for (int i = from; i < words.length; i++) {
            if (isClauseBreak(i)) {
                return i;
            }
        }
        return words.length;
    }

    /** True if any token in [from, to) is one of {@code set}. */
    boolean anyIn(int from, int to, Set<String> set) {
        for (int i = Math.max(0, from); i < Math.min(to, words.length); i++) {
            if (set.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** Character offset where token {@code i} starts (the sentence length past the end). */
    int startOf(int i, int sentenceLength) {
        return i < words.length ? start[i] : sentenceLength;
    }
}
