package commonground.practice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the checker looks for so a conversation reads right with any pronouns: a fixed pronoun
 * ("he", "her") where the narration speaks of the character, and a verb after {@code {they}} that
 * would only agree with one of them ("{They} looks" reads "they looks").
 */
final class PronounChecks {

    private static final Pattern FIXED = Pattern.compile("\\b(he|him|his|himself|she|her|hers|herself)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_THEY = Pattern.compile("\\{[Tt]hey}('\\w+|\\s+[\\w'’]+)");
    /** Words after "they" that end in s but are no verb, or read the same with any pronoun. */
    private static final Set<String> NOT_VERBS = Set.of("always", "perhaps", "sometimes", "nevertheless");
    private static final Set<String> SINGULAR_ONLY = Set.of("is", "was", "has", "does", "doesn't", "isn't", "wasn't",
            "hasn't");
    private static final Set<String> PLURAL_ONLY = Set.of("are", "were", "have", "do", "don't", "aren't", "weren't",
            "haven't");

    private PronounChecks() {
    }

    /** The fixed pronouns in {@code text}, as written, each once. */
    static List<String> fixed(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = FIXED.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return new ArrayList<>(out);
    }

    private static final Pattern PAIR_AFTER_NAME = Pattern.compile("\\{[Nn]ame}\\s+\\{[^{}|]+\\|[^{}|]+}");

    /**
     * The places in {@code text} where a verb pair follows {@code {name}}: a name is always "says",
     * but the pair gives a they/them person "Dad say".
     */
    static List<String> pairAfterName(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PAIR_AFTER_NAME.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The places in {@code text} where a verb after {@code {they}} agrees with only some pronouns, as written. */
    static List<String> agreement(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = AFTER_THEY.matcher(text == null ? "" : text);
        while (m.find()) {
            String next = m.group(1).strip();
            String lower = next.toLowerCase(Locale.ROOT).replace('’', '\'');
            boolean contraction = lower.startsWith("'") && !lower.equals("'d") && !lower.equals("'ll");
            boolean singular = SINGULAR_ONLY.contains(lower)
                    || lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("'s") && !NOT_VERBS.contains(lower);
            if (contraction || singular || PLURAL_ONLY.contains(lower)) {
                out.add(m.group());
            }
        }
        return out;
    }
}
