package commonground.bench;

import commonground.language.LanguageCoach;
import commonground.language.Review;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Time for {@link LanguageCoach#review(String)} on sentence-length messages (target: under 1 ms).
 * Run after {@code mvn -o -q test-compile} with
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) commonground.bench.LanguageCoachBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LanguageCoachBenchmark {

    private LanguageCoach coach;

    /** A message that is flagged (several rules fire and are checked). */
    private final String flagged = "I feel like you never listen to me when I talk about work, and it really hurts.";
    /** A message with nothing to flag (every rule is tried and none fires). */
    private final String clean = "I'd love to spend Saturday morning hiking with you, if you feel like it.";

    @Setup
    public void setUp() {
        coach = new LanguageCoach();
        coach.review("warm up the shared rules");
    }

    @Benchmark
    public Review reviewFlaggedSentence() {
        return coach.review(flagged);
    }

    @Benchmark
    public Review reviewCleanSentence() {
        return coach.review(clean);
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(LanguageCoachBenchmark.class.getSimpleName())
                .forks(1)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(1))
                .build();
        new Runner(options).run();
    }
}
