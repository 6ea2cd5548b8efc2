package commonground.scenarios;

import commonground.people.Pronouns;

/**
 * The words that fill a scenario's placeholders for the person a walk-through is about:
 * {@code {name}}, {@code {they}}, {@code {them}}, {@code {their}} and {@code {theirs}}.
 */
public record PersonWords(String name, String they, String them, String their, String theirs) {

    /** For a walk-through about no one in particular. */
    public static PersonWords noOne() {
        return new PersonWords("the other person", "they", "them", "their", "theirs");
    }

    /** For someone with a name and pronouns; no one in particular when {@code name} is null. */
    public static PersonWords of(String name, Pronouns pronouns) {
        if (name == null || name.isBlank()) {
            return noOne();
        }
        Pronouns p = pronouns == null ? Pronouns.THEY : pronouns;
        String n = name.strip();
        return new PersonWords(n, p.they(n), p.them(n), p.their(n), p.theirs(n));
    }

    /** The word for a placeholder without braces, in lower case; null when there is no such placeholder. */
    String word(String placeholder) {
        return switch (placeholder) {
            case "name" -> name;
            case "they" -> they;
            case "them" -> them;
            case "their" -> their;
            case "theirs" -> theirs;
            default -> null;
        };
    }
}
