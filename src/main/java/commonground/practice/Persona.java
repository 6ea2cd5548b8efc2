package commonground.practice;

import commonground.people.Pronouns;
import commonground.people.Relationship;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The other person in a practice conversation: a name the user may change, how they are related
 * to the user, and how open they are at the start (0, shut, to 4, at ease), which the user does
 * not see during the talk, the pronouns the conversation uses for them when the user has not
 * chosen someone from People (they/them when the file names none), and the kinds of relationship
 * in People the conversation is written for ({@code writtenFor}; empty: anyone).
 */
public record Persona(String name, String relationship, int openness, Pronouns pronouns,
                      Set<Relationship> writtenFor) {

    public Persona {
        pronouns = pronouns == null ? Pronouns.THEY : pronouns;
        writtenFor = writtenFor == null ? Set.of() : Set.copyOf(writtenFor);
    }

    /** A character written for anyone. */
    public Persona(String name, String relationship, int openness, Pronouns pronouns) {
        this(name, relationship, openness, pronouns, Set.of());
    }

    /** A character who goes by they/them, written for anyone. */
    public Persona(String name, String relationship, int openness) {
        this(name, relationship, openness, Pronouns.THEY);
    }

    /** True when the conversation is written for someone who is the user's {@code r} (always, when it names none). */
    public boolean fits(Relationship r) {
        return writtenFor.isEmpty() || r == null || writtenFor.contains(r);
    }

    /** The pronouns a file may give its character: she, he or they. */
    static Optional<Pronouns> fromYaml(String value) {
        return switch (value == null ? "" : value.strip().toLowerCase(Locale.ROOT)) {
            case "she" -> Optional.of(Pronouns.SHE);
            case "he" -> Optional.of(Pronouns.HE);
            case "they" -> Optional.of(Pronouns.THEY);
            default -> Optional.empty();
        };
    }

    /** A relationship a file may name in {@code writtenFor}: partner, parent, child, friend, colleague or other. */
    static Optional<Relationship> relationshipFromYaml(String value) {
        String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (Relationship r : Relationship.values()) {
            if (r.name().equals(v)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The least and the most open a character can be. */
    public static final int MIN_OPENNESS = 0;
    public static final int MAX_OPENNESS = 4;
    /** The longest name the user may give the character. */
    public static final int MAX_NAME = 60;
}
