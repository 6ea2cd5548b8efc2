package commonground.practice;

import commonground.people.Pronouns;

/**
 * The other person in a practice conversation: a name the user may change, how they are related
 * to the user, and how open they are at the start (0, shut, to 4, at ease), which the user does
 * not see during the talk, and the pronouns the conversation uses for them when the user has not
 * chosen someone from People (they/them when the file names none).
 */
public record Persona(String name, String relationship, int openness, Pronouns pronouns) {

    public Persona {
        pronouns = pronouns == null ? Pronouns.THEY : pronouns;
    }

    /** A character who goes by they/them. */
    public Persona(String name, String relationship, int openness) {
        this(name, relationship, openness, Pronouns.THEY);
    }

    /** The pronouns a file may give its character: she, he or they. */
    static java.util.Optional<Pronouns> fromYaml(String value) {
        return switch (value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "she" -> java.util.Optional.of(Pronouns.SHE);
            case "he" -> java.util.Optional.of(Pronouns.HE);
            case "they" -> java.util.Optional.of(Pronouns.THEY);
            default -> java.util.Optional.empty();
        };
    }

    /** The least and the most open a character can be. */
    public static final int MIN_OPENNESS = 0;
    public static final int MAX_OPENNESS = 4;
    /** The longest name the user may give the character. */
    public static final int MAX_NAME = 60;
}
