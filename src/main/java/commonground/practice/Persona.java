package commonground.practice;

/**
 * The other person in a practice conversation: a name the user may change, how they are related
 * to the user, and how open they are at the start (0, shut, to 4, at ease), which the user does
 * not see during the talk.
 */
public record Persona(String name, String relationship, int openness) {

    /** The least and the most open a character can be. */
    public static final int MIN_OPENNESS = 0;
    public static final int MAX_OPENNESS = 4;
    /** The longest name the user may give the character. */
    public static final int MAX_NAME = 60;
}
