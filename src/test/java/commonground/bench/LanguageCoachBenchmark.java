package commonground.bench;

import commonground.language.LanguageCoach;
import commonground.language.Review;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Time for {@link LanguageCoach#review(String)} on messages of up to 300 characters, sampled so JMH
 * reports percentiles (target: p95 at most 2 ms). Run after building the class path file (README,
 * "Benchmarks") with
 * {@code java -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" commonground.bench.LanguageCoachBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LanguageCoachBenchmark {

    /** Messages by what they exercise; the longest is close to 300 characters. */
    @Param({"flagged", "clean", "long"})
    public String message;

    private LanguageCoach coach;
    private String text;

    @Setup
    public void setUp() {
        coach = new LanguageCoach();
        coach.review("warm up the shared rules and models");
        text = switch (message) {
            // several rules fire and are checked
            case "flagged" -> "I feel like you never listen to me when I talk about work, and it really hurts.";
            // every rule is tried and none fires
            case "clean" -> "I'd love to spend Saturday morning hiking with you, if you feel like it.";
            // four sentences, 297 characters, a mix of both
            default -> "I've been thinking about last weekend at your mum's place. When you went quiet after dinner, "
                    + "I wasn't sure what was going on for you. You're being so distant lately and it's not fair. "
                    + "No rush at all, but I'd love to go for a walk on Sunday if you feel like it. Would that suit you?";
        };
    }

    @Benchmark
    public Review review() {
        return coach.review(text);
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(LanguageCoachBenchmark.class.getSimpleName())
                .forks(1)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(2))
                .build();
        new Runner(options).run();
    }
}
