package commonground.people;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How messages, Home and pickers name a person so two with the same name are told apart: "Sam", or
 * "Sam, your partner" in a sentence when someone else's name reads the same (ignoring case and
 * spaces), and more ("Sam, your partner, he/him") when their relationship is the same too; pickers
 * say "Sam · Partner".
 */
public final class Namesakes {

    private Namesakes() {
    }

    /** A name as it reads: without case or extra spaces. */
    public static String reading(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * How a sentence names {@code person}: "Sam", or "Sam, your partner" when someone else among
     * {@code everyone} has a name that reads the same, and more ("Sam, your partner, he/him") when
     * their relationship is the same too. No parentheses, so it reads right inside a line that has its
     * own ("Walking through “…” (about Sam, your friend)"). A long name is shortened with an ellipsis
     * as everywhere names are shown ({@link Person#shownName}).
     */
    public static String tellApart(Person person, Collection<? extends Person> everyone) {
        if (person == null) {
            return "";
        }
        String wanted = reading(person.name());
        boolean shared = everyone.stream().anyMatch(p -> p != null && p.id() != person.id()
                && reading(p.name()).equals(wanted));
        if (!shared) {
            return person.shownName();
        }
        String told = difference(person, everyone); // the relationship is shared too
        return person.shownName() + ", " + yours(person.relationship())
                + (told.isEmpty() ? "" : ", " + (told.chars().allMatch(Character::isDigit) ? "number " + told : told));
    }

    /** "your partner", "your friend"...: who a person is to the user, as a sentence says it. */
    public static String yours(Relationship r) {
        return switch (r) {
            case PARTNER -> "your partner";
            case PARENT -> "your parent";
            case CHILD -> "your child";
            case FRIEND -> "your friend";
            case COLLEAGUE -> "your colleague";
            case OTHER -> "someone else in your life";
        };
    }

    /**
     * How a message or a question names {@code person}: "Sam" when no one else among {@code everyone}
     * has a name that reads the same, else as the lists and pickers do ({@link #pickerLabel}):
     * "Sam · Partner (2)".
     */
    public static String said(Person person, Collection<? extends Person> everyone) {
        if (person == null) {
            return "";
        }
        String wanted = reading(person.name());
        boolean shared = everyone.stream().anyMatch(p -> p != null && p.id() != person.id()
                && reading(p.name()).equals(wanted));
        return shared ? pickerLabel(person, everyone) : person.shownName();
    }

    /** {@link #tellApart} for each of {@code everyone}, by id. */
    public static Map<Long, String> byId(Collection<? extends Person> everyone) {
        Map<Long, String> out = new LinkedHashMap<>();
        everyone.forEach(p -> out.put(p.id(), tellApart(p, everyone)));
        return out;
    }

    /**
     * How a picker names {@code person} among {@code everyone} it lists: {@link Person#pickerLabel()}
     * ("Sam · Partner"), and when another's label reads the same ignoring case ("sam · Partner"),
     * what tells them apart ({@link #difference}): "Sam · Partner · he/him", "Sam · Partner (added
     * 3 Nov 2026)" or "Sam · Partner (2)".
     */
    public static String pickerLabel(Person person, Collection<? extends Person> everyone) {
        if (person == null) {
            return "";
        }
        String told = difference(person, everyone);
        if (told.isEmpty()) {
            return person.pickerLabel();
        }
        return person.pickerLabel() + (person.pronouns() != null && told.equals(person.pronouns().label())
                ? " · " + told : " (" + told + ")");
    }

    /**
     * What tells {@code person} apart from others among {@code everyone} whose name and relationship
     * read the same: their pronouns when those differ, else the day each was added ("added 3 Nov
     * 2026"), else a number in the order they were added ("2"); empty when no one else reads the same.
     */
    static String difference(Person person, Collection<? extends Person> everyone) {
        String label = reading(person.pickerLabel());
        java.util.List<Person> alike = everyone.stream().filter(p -> p != null && p.id() != person.id()
                && reading(p.pickerLabel()).equals(label)).map(p -> (Person) p).toList();
        if (alike.isEmpty()) {
            return "";
        }
        if (person.pronouns() != null && person.pronouns() != Pronouns.NAME
                && alike.stream().noneMatch(p -> p.pronouns() == person.pronouns())) {
            return person.pronouns().label();
        }
        String added = addedOn(person);
        if (!added.isEmpty() && alike.stream().noneMatch(p -> addedOn(p).equals(added))) {
            return "added " + added;
        }
        return String.valueOf(alike.stream().filter(p -> p.id() < person.id()).count() + 1);
    }

    private static String addedOn(Person p) {
        return p.createdAt() == null ? "" : commonground.shell.Dates.day(p.createdAt());
    }
}
