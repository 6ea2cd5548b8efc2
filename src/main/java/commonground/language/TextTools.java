package commonground.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Normalising and sentence splitting. Offsets are always preserved: normalising never changes length. */
final class TextTools {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "e.g", "i.e", "etc", "vs", "jr", "sr", "prof", "approx", "a.m", "p.m");

    private TextTools() {
    }

    /** Lower-cases char by char and straightens quotes; the result has exactly the input's length. */
    static String normalize(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u00B4', '`' -> c = '\'';
                case '\u201C', '\u201D' -> c = '"';
                default -> c = Character.toLowerCase(c);
            }
            out[i] = c;
        }
        return new String(out);
    }

    /** Straightens quotes and keeps case (for the tagger, which relies on it); same length as the input. */
    static String straighten(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u00B4', '`' -> c = '\'';
                case '\u201C', '\u201D' -> c = '"';
                default -> { }
            }
            out[i] = c;
        }
        return new String(out);
    }

    /** Sentence spans [start, end) over the text, trimmed of surrounding whitespace. */
    static List<int[]> sentences(String s) {
        List<int[]> spans = new ArrayList<>();
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                add(s, start, i, spans);
                start = i + 1;
            } else if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int j = i;
                while (j + 1 < n && ".!?\u2026\"')]\u201D".indexOf(s.charAt(j + 1)) >= 0) {
                    j++;
                }
                if (j + 1 == n || Character.isWhitespace(s.charAt(j + 1))) {
                    if (c == '.' && j == i && isAbbreviation(s, i)) {
                        continue;
                    }
                    add(s, start, j + 1, spans);
                    start = j + 1;
                    i = j;
                }
            }
        }
        add(s, start, n, spans);
        return spans;
    }

    private static boolean isAbbreviation(String s, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(s.charAt(k - 1)) || s.charAt(k - 1) == '.')) {
            k--;
        }
        return ABBREVIATIONS.contains(s.substring(k, dot).toLowerCase(java.util.Locale.ROOT));
    }

    private static void add(String s, int start, int end, List<int[]> spans) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new int[] {start, end});
        }
    }

    /** True for characters that may sit at the edge of a highlighted phrase. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }

    /** The span without the non-word characters at its ends, or null when nothing is left. */
    static int[] trim(String norm, int start, int end) {
        while (start < end && !isWordChar(norm.charAt(start))) {
            start++;
        }
        while (end > start && !isWordChar(norm.charAt(end - 1))) {
            end--;
        }
        return end > start ? new int[] {start, end} : null;
    }

    /** Whether [start, end) overlaps a finding of {@code found} from index {@code from} on. */
    static boolean overlaps(java.util.List<Finding> found, int from, int start, int end) {
        for (int i = from; i < found.size(); i++) {
            Finding f = found.get(i);
            if (start < f.end() && f.start() < end) {
                return true;
            }
        }
        return false;
    }
}
