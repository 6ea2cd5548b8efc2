package commonground.scenarios;

import commonground.people.Person;

/**
 * One entry of the "About" box when starting a walk-through: a person, or no one in particular
 * ({@code person} null). A real object rather than a null entry, so what the box shows and what
 * Start saves can never differ.
 */
public record AboutChoice(Person person) {

    /** "No one in particular". */
    public static final AboutChoice NO_ONE = new AboutChoice(null);

    /** The id of the person, or null for no one. */
    public Long personId() {
        return person == null ? null : person.id();
    }

    /** What the box shows: "No one in particular", or "Sam · Partner". */
    public String label() {
        return person == null ? "No one in particular" : person.pickerLabel();
    }

    @Override
    public String toString() {
        return label();
    }
}
