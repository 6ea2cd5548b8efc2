package commonground.practice;

import commonground.people.Pronouns;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that fill a practice conversation's slots for the character: {@code {name}}, the
 * pronouns {@code {they}}, {@code {them}}, {@code {their}}, {@code {theirs}} and {@code {themself}}
 * (each also with a capital, {@code {They}}, to start a sentence), and verb pairs such as
 * {@code {looks|look}} or {@code {is|are}}: the first for he, she or a name, the second for they,
 * so "{They} {looks|look} at {their} plate." reads "She looks at her plate." or "They look at
 * their plate.". The pronouns are the chosen person's, or the character's own.
 */
public record CharacterWords(String name, Pronouns pronouns) {

    /** The pronoun slots, without braces, in lower case. */
    static final List<String> PRONOUNS = List.of("they", "them", "their", "theirs", "themself");
    static final Pattern SLOT = Pattern.compile("\\{([^{}]*)}");
    static final Pattern PAIR = Pattern.compile("[^{}|\\s][^{}|]*\\|[^{}|\\s][^{}|]*");

    public CharacterWords {
        pronouns = pronouns == null ? Pronouns.THEY : pronouns;
    }

    /** True when {@code inner} (a slot without braces) is one this class fills. */
    static boolean known(String inner) {
        if (PAIR.matcher(inner).matches()) {
            return true;
        }
        if (inner.isEmpty()) {
            return false;
        }
        String lower = inner.toLowerCase(Locale.ROOT);
        boolean capitalOnlyFirst = inner.equals(lower)
                || inner.equals(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        return capitalOnlyFirst && (lower.equals("name") || PRONOUNS.contains(lower));
    }

    /** {@code text} with every slot filled in; an unknown slot stays as written; null stays null. */
    public String fill(String text) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1);
            String word = known(inner) ? word(inner) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(word));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String word(String inner) {
        int bar = inner.indexOf('|');
        if (bar >= 0) {
            return pronouns == Pronouns.THEY ? inner.substring(bar + 1) : inner.substring(0, bar);
        }
        String lower = inner.toLowerCase(Locale.ROOT);
        String word = switch (lower) {
            case "name" -> name;
            case "they" -> pronouns.they(name);
            case "them" -> pronouns.them(name);
            case "their" -> pronouns.their(name);
            case "theirs" -> pronouns.theirs(name);
            default -> themself();
        };
        if (Character.isUpperCase(inner.charAt(0)) && !word.isEmpty()) {
            word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        return word;
    }

    private String themself() {
        return switch (pronouns) {
            case SHE -> "herself";
            case HE -> "himself";
            case THEY -> "themselves";
            case NAME -> name;
        };
    }
}
