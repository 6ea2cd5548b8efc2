package commonground.people;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How messages and Home name a person so two with the same name are told apart: "Sam", or
 * "Sam (Partner)" when someone else's name reads the same (ignoring case and spaces).
 */
public final class Namesakes {

    private Namesakes() {
    }

    /** A name as it reads: without case or extra spaces. */
    public static String reading(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * "Sam", or "Sam (Partner)" when someone else among {@code everyone} has a name that reads the same;
     * a long name is shortened with an ellipsis as everywhere names are shown ({@link Person#shownName}).
     */
    public static String tellApart(Person person, Collection<Person> everyone) {
        if (person == null) {
            return "";
        }
        String wanted = reading(person.name());
        boolean shared = everyone.stream().anyMatch(p -> p.id() != person.id() && reading(p.name()).equals(wanted));
        return shared ? person.shownName() + " (" + person.relationship().label() + ")" : person.shownName();
    }

    /** {@link #tellApart} for each of {@code everyone}, by id. */
    public static Map<Long, String> byId(Collection<Person> everyone) {
        Map<Long, String> out = new LinkedHashMap<>();
        everyone.forEach(p -> out.put(p.id(), tellApart(p, everyone)));
        return out;
    }
}
