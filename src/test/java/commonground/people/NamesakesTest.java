package commonground.people;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Two people whose labels read alike ("Sam · Partner", "sam · Partner") are never shown alike. */
class NamesakesTest {

    private static final Instant NOV_3 = Instant.parse("2026-11-03T12:00:00Z");
    private static final Instant DEC_1 = Instant.parse("2026-12-01T12:00:00Z");

    private static Person person(long id, String name, Relationship r, Pronouns pronouns, Instant added) {
        return new Person(id, "u" + id, name, r, "", pronouns, null, added, added, null);
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void aLabelNoOneElseSharesStaysPlain() {
        Person sam = person(1, "Sam", Relationship.PARTNER, Pronouns.HE, NOV_3);
        Person samFriend = person(2, "sam", Relationship.FRIEND, Pronouns.HE, NOV_3);
        assertEquals("Sam · Partner", Namesakes.pickerLabel(sam, List.of(sam, samFriend)));
        assertEquals("sam · Friend", Namesakes.pickerLabel(samFriend, List.of(sam, samFriend)));
    }

    @Test
    void differentPronounsTellThemApart() {
        Person sam = person(1, "Sam", Relationship.PARTNER, Pronouns.HE, NOV_3);
        Person sam2 = person(2, "sam", Relationship.PARTNER, Pronouns.SHE, NOV_3);
        assertEquals("Sam · Partner · he/him", Namesakes.pickerLabel(sam, List.of(sam, sam2)));
        assertEquals("sam · Partner · she/her", Namesakes.pickerLabel(sam2, List.of(sam, sam2)));
        assertEquals("Sam, your partner, he/him", Namesakes.tellApart(sam, List.of(sam, sam2)));
    }

    @Test
    void aSentenceTellsNamesakesApartByWhoTheyAreToTheUserWithoutParentheses() {
        Person partner = person(1, "Sam", Relationship.PARTNER, Pronouns.HE, NOV_3);
        Person friend = person(2, "sam", Relationship.FRIEND, Pronouns.HE, NOV_3);
        Person dad = person(3, "Dad", Relationship.PARENT, Pronouns.HE, NOV_3);
        List<Person> everyone = List.of(partner, friend, dad);
        assertEquals("Sam, your partner", Namesakes.tellApart(partner, everyone));
        assertEquals("sam, your friend", Namesakes.tellApart(friend, everyone));
        assertEquals("Dad", Namesakes.tellApart(dad, everyone), "a name no one else has stays plain");
        assertEquals(java.util.Map.of(1L, "Sam, your partner", 2L, "sam, your friend", 3L, "Dad"),
                Namesakes.byId(everyone));

        Person same = person(4, "SAM", Relationship.FRIEND, Pronouns.HE, NOV_3);
        List<Person> four = List.of(partner, friend, dad, same);
        assertEquals("SAM, your friend, number 2", Namesakes.tellApart(same, four));
        for (Person p : four) {
            String told = Namesakes.tellApart(p, four);
            assertEquals(-1, told.indexOf('('), told);
        }
    }

    @Test
    void theSamePronounsAreToldApartByTheDayAddedThenByANumber() {
        Person sam = person(1, "Sam", Relationship.PARTNER, Pronouns.THEY, NOV_3);
        Person sam2 = person(2, "sam", Relationship.PARTNER, Pronouns.THEY, DEC_1);
        String a = Namesakes.pickerLabel(sam, List.of(sam, sam2));
        String b = Namesakes.pickerLabel(sam2, List.of(sam, sam2));
        assertEquals("Sam · Partner (added " + commonground.shell.Dates.day(NOV_3) + ")", a);
        assertNotEquals(lower(a), lower(b));

        Person sameDay = person(3, "SAM", Relationship.PARTNER, Pronouns.THEY, DEC_1);
        List<Person> three = List.of(sam, sam2, sameDay);
        assertEquals("sam · Partner (2)", Namesakes.pickerLabel(sam2, three));
        assertEquals("SAM · Partner (3)", Namesakes.pickerLabel(sameDay, three));
        assertEquals(3, three.stream().map(p -> lower(Namesakes.pickerLabel(p, three))).distinct().count());
    }
}
