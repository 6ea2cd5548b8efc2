package commonground.people;

/**
 * How walk-throughs refer to a person: the words that fill the placeholders {@code {they}},
 * {@code {them}}, {@code {their}} and {@code {theirs}}. {@link #NAME} uses the name instead of a pronoun.
 */
public enum Pronouns {
    SHE("she/her", "she", "her", "her", "hers"),
    HE("he/him", "he", "him", "his", "his"),
    THEY("they/them", "they", "them", "their", "theirs"),
    NAME("none: use the name", null, null, null, null);

    private final String label;
    private final String they;
    private final String them;
    private final String their;
    private final String theirs;

    Pronouns(String label, String they, String them, String their, String theirs) {
        this.label = label;
        this.they = they;
        this.them = them;
        this.their = their;
        this.theirs = theirs;
    }

    public String label() {
        return label;
    }

    /** The subject word; the name itself for {@link #NAME}. */
    public String they(String name) {
        return they == null ? name : they;
    }

    public String them(String name) {
        return them == null ? name : them;
    }

    public String their(String name) {
        return their == null ? possessive(name) : their;
    }

    public String theirs(String name) {
        return theirs == null ? possessive(name) : theirs;
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    /** The stored value back; {@link #THEY} for anything unknown. */
    public static Pronouns fromStored(String value) {
        for (Pronouns p : values()) {
            if (p.name().equals(value)) {
                return p;
            }
        }
        return THEY;
    }

    @Override
    public String toString() {
        return label;
    }
}
