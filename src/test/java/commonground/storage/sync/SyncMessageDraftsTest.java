package commonground.storage.sync;

import commonground.draft.DraftRepository;
import commonground.draft.MessageDraft;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.storage.FastKeys;
import commonground.storage.PrivacyLock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two drafts, each to someone, on two computers that sync: as the single draft did, each computer
 * keeps its own drafts (decision 0017), and syncing the people they are written to (a new name,
 * the lock coming on) leaves every draft whole and with its person.
 */
class SyncMessageDraftsTest extends TwoComputers {

    @Override
    void both() {
        computers.bothOk();
    }

    private static Person named(Profile p, String name) {
        return new PeopleRepository(p.db).active().stream().filter(x -> x.name().startsWith(name)).findFirst()
                .orElseThrow();
    }

    private static String keep(Profile p, Person to, String text) {
        String uuid = UUID.randomUUID().toString();
        new DraftRepository(p.db).keep(uuid, to.id(), text);
        return uuid;
    }

    /** Each draft as "name: text", newest first. */
    private static List<String> drafts(Profile p) {
        PeopleRepository people = new PeopleRepository(p.db);
        return new DraftRepository(p.db).all().stream().map((MessageDraft d) -> people.find(d.personId())
                .map(Person::name).orElse("?") + ": " + d.body()).toList();
    }

    @Test
    void twoDraftsStayWithTheirPeopleOnTheirComputerThroughSyncs() throws Exception {
        computers.started();
        PeopleRepository laptopPeople = new PeopleRepository(laptop.db);
        laptopPeople.add("Alex", Relationship.PARTNER, "");
        laptopPeople.add("Dad", Relationship.PARENT, "");
        both();
        keep(laptop, named(laptop, "Alex"), "Alex, I loved our walk.");
        clock.advance(Duration.ofMinutes(1));
        keep(laptop, named(laptop, "Dad"), "Dad, shall we look at the photos?");
        keep(desktop, named(desktop, "Dad"), "Written on the desktop, to Dad.");
        new PrivacyLock(desktop.db, FastKeys.COST).enable(PASSPHRASE, 15);
        new PrivacyLock(laptop.db, FastKeys.COST).enable(PASSPHRASE, 15); // one lock asks for the other
        both();

        assertEquals(List.of("Dad: Dad, shall we look at the photos?", "Alex: Alex, I loved our walk."),
                drafts(laptop), "the laptop keeps its own two, each with its person");
        assertEquals(List.of("Dad: Written on the desktop, to Dad."), drafts(desktop), "and the desktop its own");

        // Dad's name changed on the desktop comes to the laptop, and his draft is still his.
        Person dadThere = named(desktop, "Dad");
        new PeopleRepository(desktop.db).update(dadThere.id(), "Dad (Jim)", Relationship.PARENT, "");
        both();
        assertEquals(List.of("Dad (Jim): Dad, shall we look at the photos?", "Alex: Alex, I loved our walk."),
                drafts(laptop));
        assertEquals(List.of("Dad (Jim): Written on the desktop, to Dad."), drafts(desktop));
        for (Profile p : List.of(laptop, desktop)) {
            assertTrue(p.db.<Boolean>read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery(
                        "SELECT count(*) FROM message_draft WHERE typeof(body) <> 'blob'")) {
                    return rs.getInt(1) == 0;
                }
            }), p.name + ": the drafts stay sealed by the lock");
        }
    }
}
