package commonground.bench;

import commonground.cues.CheckInCue;
import commonground.cues.CheckInDraft;
import commonground.cues.CheckInRepository;
import commonground.cues.CueCategory;
import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import commonground.reflection.NoteBulkLoader;
import commonground.storage.Database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The data folder {@code bench/memory.sh} opens the app on: {@code NOTES} generated notes of about
 * 1 KB (as in the notes benchmark), two people and 500 cue check-ins, so every module has
 * something to show. Does nothing when the folder already holds a database.
 *   java -cp ... commonground.bench.MemoryProfile DIR [NOTES]
 */
public final class MemoryProfile {

    private MemoryProfile() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Files.createDirectories(dir);
        Path file = dir.resolve(Database.FILE_NAME);
        if (Files.exists(file)) {
            System.out.println("profile already there: " + file);
            return;
        }
        long t0 = System.nanoTime();
        try (Database db = Database.open(file)) {
            NoteTextGenerator text = new NoteTextGenerator(42);
            NoteBulkLoader.insert(db, count, i -> text.note(new Random(1000L + i), 1000));
            PeopleRepository people = new PeopleRepository(db);
            long sam = people.add("Sam", Relationship.PARTNER, "Quiet in the evenings.").id();
            long alex = people.add("Alex", Relationship.FRIEND, "").id();
            CheckInRepository checkIns = new CheckInRepository(db);
            Random random = new Random(1);
            CueCategory[] categories = CueCategory.values();
            String[] activities = {"cooking", "walking", "driving", "cards", "films", null};
            Instant start = Instant.now().minus(365, ChronoUnit.DAYS);
            for (int i = 0; i < 500; i++) {
                List<CheckInCue> cues = new ArrayList<>();
                for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
                    cues.add(new CheckInCue("cue-" + k, categories[random.nextInt(categories.length)], "Cue " + k,
                            null));
                }
                checkIns.add(new CheckInDraft(i % 5 == 0 ? alex : sam,
                        start.plus(random.nextInt(365 * 24), ChronoUnit.HOURS), "At home",
                        activities[random.nextInt(activities.length)], cues, "A short note.", "It went well."));
            }
        }
        System.out.printf("seeded %,d notes, 2 people and 500 check-ins in %.1f s (%s)%n", count,
                (System.nanoTime() - t0) / 1e9, file);
    }
}
