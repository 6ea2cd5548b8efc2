package commonground.bench;

import commonground.cues.CheckInHistoryRepository;
import commonground.cues.ActivityComfort;
import commonground.cues.CheckIn;
import commonground.cues.CheckInCue;
import commonground.cues.CheckInDraft;
import commonground.cues.CueCategory;
import commonground.cues.WeekCount;
import commonground.people.Relationship;
import commonground.cues.CheckInRepository;
import commonground.storage.Database;
import commonground.people.PeopleRepository;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * What the Over time tab reads for one person with years of check-ins: the timeline, the weekly
 * category counts and the activity table. Run after {@code test-compile} with
 * {@code java -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" commonground.bench.CheckInBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CheckInBenchmark {

    /** Check-ins for the person (about one a day for three years at 1000). */
    @Param({"1000", "5000"})
    public int checkIns;

    private Path dir;
    private Database db;
    private CheckInRepository repository;
    private commonground.cues.CheckInHistoryRepository history;
    private long personId;

    @Setup
    public void seed() throws Exception {
        dir = Files.createTempDirectory("cues-bench");
        db = Database.open(dir.resolve("common-ground.db"));
        repository = new CheckInRepository(db);
        history = new commonground.cues.CheckInHistoryRepository(db);
        PeopleRepository people = new PeopleRepository(db);
        personId = people.add("Sam", Relationship.PARTNER, "").id();
        long other = people.add("Alex", Relationship.FRIEND, "").id();
        Random random = new Random(1);
        CueCategory[] categories = CueCategory.values();
        String[] activities = {"cooking", "walking", "driving", "cards", "films", null};
        Instant start = Instant.now().minus(3 * 365, ChronoUnit.DAYS);
        for (int i = 0; i < checkIns; i++) {
            List<CheckInCue> cues = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int k = 0; k < n; k++) {
                cues.add(new CheckInCue("cue-" + k, categories[random.nextInt(categories.length)], "Cue " + k, null));
            }
            repository.add(new CheckInDraft(i % 10 == 0 ? other : personId,
                    start.plus(random.nextInt(3 * 365 * 24), ChronoUnit.HOURS), "At home",
                    activities[random.nextInt(activities.length)], cues, "A short note.", "It went well."));
        }
    }

    @TearDown
    public void close() throws Exception {
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public List<CheckIn> timeline() {
        return repository.forPerson(personId);
    }

    @Benchmark
    public List<WeekCount> weeklyCategoryCounts() {
        return history.weeklyCategoryCounts(personId);
    }

    @Benchmark
    public List<ActivityComfort> activityComfort() {
        return history.activityComfort(personId);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(CheckInBenchmark.class.getSimpleName()).forks(1)
                .warmupIterations(2).warmupTime(TimeValue.seconds(1))
                .measurementIterations(3).measurementTime(TimeValue.seconds(2)).build()).run();
    }
}
