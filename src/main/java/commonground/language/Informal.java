package commonground.language;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Informal spellings written out in full ("youre" as "you're", "dont" as "don't", "u" as "you"), so a
 * sentence typed without apostrophes is read by the same rules as one typed with them (decision 0030).
 * The full form is longer than the input; {@link Expanded#map} takes each of its offsets back.
 */
final class Informal {

    private static final Pattern WORD = Pattern.compile("[a-z']+");
    private static final Map<String, String> FULL = Map.ofEntries(
            Map.entry("youre", "you're"), Map.entry("u", "you"), Map.entry("dont", "don't"), Map.entry("cant", "can't"),
            Map.entry("wont", "won't"), Map.entry("im", "i'm"), Map.entry("ive", "i've"), Map.entry("youve", "you've"),
            Map.entry("youll", "you'll"), Map.entry("youd", "you'd"), Map.entry("didnt", "didn't"),
            Map.entry("doesnt", "doesn't"), Map.entry("isnt", "isn't"), Map.entry("arent", "aren't"),
            Map.entry("wasnt", "wasn't"), Map.entry("werent", "weren't"), Map.entry("shouldnt", "shouldn't"),
            Map.entry("couldnt", "couldn't"), Map.entry("wouldnt", "wouldn't"), Map.entry("havent", "haven't"),
            Map.entry("hasnt", "hasn't"), Map.entry("thats", "that's"), Map.entry("whats", "what's"),
            Map.entry("theyre", "they're"), Map.entry("cuz", "because"), Map.entry("coz", "because"),
            Map.entry("gonna", "going to"), Map.entry("wanna", "want to"), Map.entry("rn", "right now"),
            Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("ya", "you"));
    /** After "ur" or "its", these words show the short form of "you are" / "it is" ("ur being", "its your fault"). */
    private static final Set<String> AFTER_BE = Set.of("being", "so", "such", "a", "an", "the", "always", "never",
            "just", "really", "not", "too", "very", "still", "only", "clearly", "obviously", "totally", "literally",
            "right", "wrong", "welcome", "your", "you", "my", "all", "fine", "ok", "okay", "nothing", "been", "like");

    /** A sentence written out in full: its lower-case and cased forms, and offsets back into the input. */
    record Expanded(String norm, String cased, int[] map) {
    }

    private Informal() {
    }

    /** The full form of a normalised sentence and its cased twin, or null when nothing is informal. */
    static Expanded expand(String norm, String cased) {
        Matcher m = WORD.matcher(norm);
        StringBuilder n = null;
        StringBuilder c = null;
        int[] map = null;
        int last = 0;
        while (m.find()) {
            String full = fullForm(m.group(), next(norm, m.end()));
            if (full == null) {
                continue;
            }
            if (n == null) {
                n = new StringBuilder(norm.length() + 16);
                c = new StringBuilder(norm.length() + 16);
                map = new int[norm.length() * 5 + 16];
            }
            for (int i = last; i < m.start(); i++) {
                map[n.length()] = i;
                n.append(norm.charAt(i));
                c.append(cased.charAt(i));
            }
            boolean upper = Character.isUpperCase(cased.charAt(m.start()));
            for (int k = 0; k < full.length(); k++) {
                map[n.length()] = m.start() + Math.min(k, m.end() - m.start());
                n.append(full.charAt(k));
                c.append(k == 0 && upper ? Character.toUpperCase(full.charAt(k)) : full.charAt(k));
            }
            last = m.end();
        }
        if (n == null) {
            return null;
        }
        for (int i = last; i < norm.length(); i++) {
            map[n.length()] = i;
            n.append(norm.charAt(i));
            c.append(cased.charAt(i));
        }
        map[n.length()] = norm.length();
        return new Expanded(n.toString(), c.toString(), java.util.Arrays.copyOf(map, n.length() + 1));
    }

    private static String fullForm(String word, String next) {
        if (word.equals("ur")) {
            return AFTER_BE.contains(next) || next.endsWith("ing") ? "you're" : "your";
        }
        if (word.equals("its")) {
            return AFTER_BE.contains(next) ? "it's" : null;
        }
        return FULL.get(word);
    }

    private static String next(String norm, int from) {
        Matcher m = WORD.matcher(norm);
        return m.find(from) ? m.group() : "";
    }
}
