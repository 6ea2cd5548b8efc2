package commonground.people;

import commonground.care.SafetyAnswer;
import commonground.storage.SealedColumn;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone the user is working on connecting with. {@code uuid} stays the same across exports
 * and imports; {@code id} is local to one database. An archived person is hidden from lists
 * but everything recorded about them is kept. {@code pronouns} fill the walk-throughs' texts;
 * {@code safety} is the answer to the optional safety question, null when it was not answered.
 */
public record Person(long id, String uuid, String name, Relationship relationship, String note,
                     Pronouns pronouns, SafetyAnswer safety,
                     Instant createdAt, Instant updatedAt, Instant archivedAt) {

    /** Said when a save kept another computer's version of the note as a conflict copy. */
    static final String BOTH_KEPT = "This note was also changed on another computer. Yours is saved, and the other "
            + "is kept on the Sync page, so nothing is lost.";

    /**
     * How pickers name the person: the name, shortened when very long, and the relationship
     * ("Sam · Partner"), so two Sams differ. The whole of it is {@link #fullLabel()}, for a tooltip.
     */
    public String pickerLabel() {
        return relationship == null ? shownName() : shownName() + " · " + relationship.label();
    }

    /** The whole name and the relationship, never shortened: for tooltips and screen readers. */
    public String fullLabel() {
        return relationship == null ? name : name + " · " + relationship.label();
    }

    /** The longest name shown whole in lists, pickers, questions and messages. */
    public static final int SHOWN_NAME = 40;

    /** The name, shortened with an ellipsis past {@link #SHOWN_NAME} characters (a 190-character name widened pickers past the window). */
    public String shownName() {
        return shortened(name);
    }

    /** {@code name} shortened with an ellipsis past {@link #SHOWN_NAME} characters. */
    public static String shortened(String name) {
        if (name == null || name.codePointCount(0, name.length()) <= SHOWN_NAME) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, SHOWN_NAME - 1)).stripTrailing() + "…";
    }

    /** The longest name the app accepts. */
    public static final int MAX_NAME = 200;
    /** The longest note the app accepts. */
    public static final int MAX_NOTE = SealedColumn.PERSON_NOTE.maxChars();

    public Person {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(relationship, "relationship");
        note = note == null ? "" : note;
        pronouns = pronouns == null ? Pronouns.THEY : pronouns;
    }

    /** True when the user said they feel afraid of this person, or were not sure: safety comes first. */
    public boolean safetyFirst() {
        return safety != null && safety.safetyFirst();
    }

    public boolean archived() {
        return archivedAt != null;
    }

    /**
     * Checks what a person typed for a name and note; returns a message to show, or null when fine.
     */
    public static String problemWith(String name, String note) {
        if (name == null || name.isBlank()) {
            return "Please give a name, even a nickname or an initial.";
        }
        if (name.strip().length() > MAX_NAME) {
            return "That name is longer than " + MAX_NAME + " characters; a shorter one will do.";
        }
        if (note != null && note.length() > MAX_NOTE) {
            return "The note is longer than " + MAX_NOTE + " characters. A reflection might be a better home for it.";
        }
        return null;
    }
}
