package commonground.longgame;

import commonground.cues.CheckIn;
import commonground.cues.CheckInCue;
import commonground.cues.CheckInDraft;
import commonground.cues.CheckInRepository;
import commonground.cues.CueCategory;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.storage.Database;
import commonground.storage.TestClock;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A real database in a test folder, with a clock the test moves, people and check-ins to come back to. */
final class LongGameFixture implements AutoCloseable {

    final TestClock clock;
    final Database db;
    final PeopleRepository people;
    final CheckInRepository checkIns;
    final ComeBackRepository comeBack;
    final GoodMomentRepository moments;

    LongGameFixture(Path dir, String now, ZoneId zone) throws Exception {
        clock = new TestClock(Instant.parse(now), zone);
        db = Database.open(dir.resolve(Database.FILE_NAME), clock);
        people = new PeopleRepository(db);
        checkIns = new CheckInRepository(db);
        comeBack = new ComeBackRepository(db);
        moments = new GoodMomentRepository(db);
    }

    Person person(String name) {
        return people.add(name, Relationship.PARENT, "");
    }

    /** A check-in at {@code at} with {@code comfort} signs of comfort ticked and the activity given. */
    CheckIn checkIn(Person p, String at, String activity, int comfort) {
        List<CheckInCue> cues = new ArrayList<>();
        for (int i = 0; i < comfort; i++) {
            cues.add(new CheckInCue("comfort-" + i, CueCategory.COMFORT, "Leaned in " + i, null));
        }
        cues.add(new CheckInCue("quiet", CueCategory.VOICE, "Went quiet", null));
        return checkIns.add(new CheckInDraft(p.id(), Instant.parse(at), "", activity, cues, "", ""));
    }

    /** A finished practice session about {@code p}, made from the first built-in conversation. */
    commonground.practice.PracticeSession practice(Person p) {
        commonground.practice.Conversation talk;
        try {
            commonground.content.Practices practices = commonground.content.Practices.load();
            talk = new commonground.practice.PracticeLibrary(new commonground.practice.PracticeTextRepository(db),
                    () -> practices).offers().get(0);
        } catch (commonground.content.ContentException e) {
            throw new IllegalStateException(e);
        }
        commonground.practice.PracticeRepository sessions = new commonground.practice.PracticeRepository(db);
        long id = sessions.start(talk, "Sam", p.id(), List.of()).id();
        sessions.finish(id, talk.endings().get(0));
        return sessions.find(id).orElseThrow();
    }

    /** How Home names a practice: its conversation's title without the quotes it may carry. */
    static String practiceAbout(String title) {
        return "A practice of \u201c" + title.replaceAll("^[\"\u201c]+|[\"\u201d]+$", "") + "\u201d";
    }

    /** How Home and the long game name a practice with someone from People: the person before the title. */
    static String practiceAbout(String title, String person) {
        return "A practice with " + person + ": \u201c" + title.replaceAll("^[\"\u201c]+|[\"\u201d]+$", "") + "\u201d";
    }

    String uuidOf(commonground.practice.PracticeSession s) {
        return new commonground.practice.PracticeRepository(db).uuidOf(s.id()).orElseThrow();
    }

    @Override
    public void close() {
        db.close();
    }
}
