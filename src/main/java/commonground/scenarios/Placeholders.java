package commonground.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders in step titles, texts and examples, filled from the person a walk-through is
 * about, so no step has to assume "his" or "her": {@code {name}}, {@code {they}}, {@code {them}},
 * {@code {their}}, {@code {theirs}}, each also with a capital first letter ({@code {They}}) to
 * start a sentence. Option labels and checklist items are saved as answers by their text, so they
 * hold no placeholders.
 */
final class Placeholders {

    static final List<String> KNOWN = List.of("name", "they", "them", "their", "theirs");
    private static final Pattern ANY = Pattern.compile("\\{([^{}\\s]*)}");

    private Placeholders() {
    }

    /** "{name}, {they}, {them}, {their} or {theirs}". */
    static String known() {
        List<String> braced = KNOWN.stream().map(k -> "{" + k + "}").toList();
        return String.join(", ", braced.subList(0, braced.size() - 1)) + " or " + braced.get(braced.size() - 1);
    }

    /** The placeholders in {@code text} that are not known, as written (with braces). */
    static List<String> unknown(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            if (!isKnown(m.group(1))) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** True when {@code text} holds any placeholder, known or not. */
    static boolean any(String text) {
        return text != null && ANY.matcher(text).find();
    }

    private static boolean isKnown(String inner) {
        if (inner.isEmpty()) {
            return false;
        }
        String lower = inner.toLowerCase(Locale.ROOT);
        boolean capitalOnlyFirst = inner.equals(lower)
                || inner.equals(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        return KNOWN.contains(lower) && capitalOnlyFirst;
    }

    /** {@code text} with every known placeholder filled in; null stays null. */
    static String fill(String text, PersonWords words) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = ANY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1);
            String word = isKnown(inner) ? words.word(inner.toLowerCase(Locale.ROOT)) : null;
            if (word == null) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            if (Character.isUpperCase(inner.charAt(0)) && !word.isEmpty()) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(word));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The scenario with its steps' titles, texts and examples filled in for one person. */
    static Scenario fill(Scenario scenario, PersonWords words) {
        List<Step> steps = scenario.steps().stream().map(s -> new Step(s.id(), s.kind(), fill(s.title(), words),
                fill(s.text(), words), s.practices(), s.options(), s.items(), fill(s.example(), words), s.next()))
                .toList();
        return new Scenario(scenario.id(), scenario.version(), scenario.title(), scenario.summary(),
                scenario.minutes(), steps, scenario.asksAboutSafety());
    }
}
