package commonground.reflection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a person typed into a search box into an FTS5 MATCH expression that can never be a
 * syntax error: every word and every "quoted phrase" becomes a quoted FTS5 string, and all must
 * match. While typing, the last word (or an unfinished phrase) also matches as a prefix. Terms
 * without a letter or digit are left out, as the index holds none.
 *
 * @param expression the MATCH expression
 * @param hasPhrase  whether a term holds two or more words, so that FTS5 must compare word
 *                   positions: a "quoted phrase", or a word the tokenizer splits, such as
 *                   {@code don't} or {@code e-mail}
 */
record FtsQuery(String expression, boolean hasPhrase) {

    /** Shorter last words are matched whole: one-letter prefixes would match most of the index. */
    static final int MIN_PREFIX = 2;

    /** The query, or empty when the text holds nothing to search for. */
    static Optional<FtsQuery> of(String typed, boolean typing) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        boolean lastIsOpen = false;
        int i = 0;
        int n = typed.length();
        while (i < n) {
            char ch = typed.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
                continue;
            }
            if (ch == '"') {
                int close = typed.indexOf('"', i + 1);
                int end = close < 0 ? n : close;
                terms.add(typed.substring(i + 1, end));
                lastIsOpen = close < 0;
                i = close < 0 ? n : close + 1;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(typed.charAt(end)) && typed.charAt(end) != '"') {
                end++;
            }
            terms.add(typed.substring(i, end));
            lastIsOpen = end == n;
            i = end;
        }
        List<String> parts = new ArrayList<>();
        boolean phrase = false;
        for (int t = 0; t < terms.size(); t++) {
            String term = terms.get(t).strip();
            if (!hasLetterOrDigit(term)) {
                continue;
            }
            phrase |= tokenCount(term) > 1;
            String quoted = "\"" + term.replace("\"", "\"\"") + "\"";
            boolean last = t == terms.size() - 1;
            if (last && typing && lastIsOpen && lastTokenLength(term) >= MIN_PREFIX) {
                quoted += "*";
            }
            parts.add(quoted);
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(new FtsQuery(String.join(" ", parts), phrase));
    }

    private static boolean hasLetterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** How many words the tokenizer makes of a term: runs of letters, digits and combining marks. */
    static int tokenCount(String term) {
        int count = 0;
        boolean inToken = false;
        for (int i = 0; i < term.length(); ) {
            int cp = term.codePointAt(i);
            boolean part = isTokenChar(cp);
            if (part && !inToken) {
                count++;
            }
            inToken = part;
            i += Character.charCount(cp);
        }
        return count;
    }

    private static boolean isTokenChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static int lastTokenLength(String term) {
        int count = 0;
        for (int i = term.length(); i > 0; ) {
            int cp = term.codePointBefore(i);
            if (!isTokenChar(cp)) {
                break;
            }
            count++;
            i -= Character.charCount(cp);
        }
        return count;
    }
}
