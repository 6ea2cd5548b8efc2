package commonground.practice;

import commonground.people.Namesakes;
import commonground.people.Person;

import java.util.Collection;
import java.util.List;

/**
 * The name a practice character goes by when the practice is with no one from People: the name
 * it was written with, unless someone in People is called that. Then a made-up character would
 * carry the name of someone real, with made-up facts ("Alex lost his job…" for a person whose
 * partner is Alex), so it takes the first of a few other names no one in People has.
 */
final class CharacterNames {

    private static final List<String> OTHERS = List.of("Robin", "Jordan", "Sasha", "Jamie", "Casey", "Morgan", "Rowan",
            "Quinn");

    private CharacterNames() {
    }

    /**
     * The character's name for someone from People: their name, shortened at a word for the
     * practice when it is longer than a practice name may be (People allows longer names).
     */
    static String of(Person p) {
        String n = p.name().strip();
        if (n.length() <= Persona.MAX_NAME) {
            return n;
        }
        String cut = n.substring(0, Persona.MAX_NAME - 1);
        int space = cut.lastIndexOf(' ');
        if (space >= Persona.MAX_NAME / 2) {
            cut = cut.substring(0, space);
        }
        return cut.stripTrailing() + "\u2026";
    }

    static String notAmong(String written, Collection<Person> people) {
        if (!taken(written, people)) {
            return written;
        }
        return OTHERS.stream().filter(n -> !taken(n, people)).findFirst().orElse(written);
    }

    private static boolean taken(String name, Collection<Person> people) {
        String wanted = Namesakes.reading(name);
        return people.stream().anyMatch(p -> Namesakes.reading(p.name()).equals(wanted));
    }
}
