package commonground.bench;

import commonground.content.Practices;
import commonground.scenarios.BuiltInScenarios;
import commonground.scenarios.ScenarioLibrary;
import commonground.scenarios.ScenarioOrigin;
import commonground.scenarios.ScenarioRun;
import commonground.scenarios.ScenarioValidator;
import commonground.storage.Database;
import commonground.scenarios.ScenarioRepository;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How long the scenarios take to load and check (done once, on the database thread, when the
 * module is first shown), and how long one autosave of an answer takes on a real SQLite file.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.openjdk.jmh.Main ScenarioBench
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScenarioBench {

    private ScenarioValidator validator;
    private Path dir;
    private Database db;
    private ScenarioRepository repository;
    private ScenarioRun run;
    private int counter;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        validator = ScenarioLibrary.validatorFor(Practices.load());
        dir = Files.createTempDirectory("scenario-bench");
        db = Database.open(dir.resolve("common-ground.db"));
        repository = new ScenarioRepository(db);
        long text = repository.keepText("bench", 1, ScenarioOrigin.IMPORTED, "Bench", "id: bench").id();
        run = repository.startRun(text, null, "a");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Reads and checks all seven built-in scenarios. */
    @Benchmark
    public List<BuiltInScenarios.Source> loadAndCheckBuiltIns() throws Exception {
        return BuiltInScenarios.load(validator);
    }

    /** One autosave: an answer of about 400 characters, in one transaction with synchronous=FULL. */
    @Benchmark
    public int autosaveOneAnswer() {
        repository.saveAnswers(run.id(), Map.of("a", "I asked how his day was. ".repeat(16) + counter++));
        return counter;
    }
}
