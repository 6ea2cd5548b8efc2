package commonground.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a person typed into a search box into an FTS5 MATCH expression that can never be a
 * syntax error: every word and every "quoted phrase" becomes a quoted FTS5 string, and all must
 * match. While typing, the last word (or an unfinished phrase) also matches as a prefix. Terms
 * without a letter or digit are left out, as the index holds none.
 */
final class FtsQuery {

    /** Shorter last words are matched whole: one-letter prefixes would match most of the index. */
    static final int MIN_PREFIX = 2;

    private FtsQuery() {
    }

    /** The expression, or empty when the text holds nothing to search for. */
    static Optional<String> of(String typed, boolean typing) {
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
        for (int t = 0; t < terms.size(); t++) {
            String term = terms.get(t).strip();
            if (!hasLetterOrDigit(term)) {
                continue;
            }
            String quoted = "\"" + term.replace("\"", "\"\"") + "\"";
            boolean last = t == terms.size() - 1;
            if (last && typing && lastIsOpen && lastTokenLength(term) >= MIN_PREFIX) {
                quoted += "*";
            }
            parts.add(quoted);
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
    }

    private static boolean hasLetterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static int lastTokenLength(String term) {
        int count = 0;
        for (int i = term.length(); i > 0; ) {
            int cp = term.codePointBefore(i);
            if (!Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.NON_SPACING_MARK) {
                break;
            }
            count++;
            i -= Character.charCount(cp);
        }
        return count;
    }
}
