package commonground.bench;

import commonground.longgame.GoodMoment;
import commonground.longgame.LookBack;
import commonground.longgame.LookBackChartsView;
import commonground.longgame.LookBackData;
import commonground.longgame.LookBackMarkdown;
import commonground.longgame.LookBackSentences;
import commonground.longgame.MonthFigures;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The look-back once its data is read: two years for each of three people (about one check-in a
 * day, two good moments a week, a needs check-in a week) turned into months, sentences, Markdown
 * and the two charts, styled, laid out and drawn to an image on the JavaFX thread (headless Monocle,
 * software rendering). Run with {@code bench/lookback.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LookBackBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final List<LookBackData> people = new ArrayList<>();

    @Setup
    public void seed() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await(30, TimeUnit.SECONDS);
        Random random = new Random(7);
        String[] activities = {"walking", "cooking", "driving", "cards", null};
        Instant start = TODAY.minusYears(2).atStartOfDay(ZONE).toInstant();
        for (int p = 0; p < 3; p++) {
            List<LookBackData.CheckInMark> checkIns = new ArrayList<>();
            List<GoodMoment> moments = new ArrayList<>();
            List<LookBackData.NeedsMark> needs = new ArrayList<>();
            for (int day = 0; day < 730; day++) {
                Instant at = start.plus(day, ChronoUnit.DAYS).plus(18, ChronoUnit.HOURS);
                checkIns.add(new LookBackData.CheckInMark(at, activities[random.nextInt(activities.length)],
                        random.nextInt(3)));
                if (day % 3 == 0) {
                    String tag = activities[random.nextInt(activities.length)];
                    moments.add(new GoodMoment(day, "m" + day, p, LocalDate.ofInstant(at, ZONE), "A good moment",
                            tag == null ? "" : tag, ""));
                }
                if (day % 7 == 0) {
                    needs.add(new LookBackData.NeedsMark(at, random.nextInt(5)));
                }
            }
            people.add(new LookBackData(p, "Person " + p, checkIns, moments, needs, List.of()));
        }
    }

    /** The arithmetic alone for three people: months, sentences and Markdown, no JavaFX. */
    @Benchmark
    public int figuresThreePeople() {
        int n = 0;
        for (LookBackData data : people) {
            List<MonthFigures> months = LookBack.months(data, Map.of(), ZONE, TODAY);
            List<String> sentences = LookBackSentences.of(months, data.personName(), YearMonth.from(TODAY));
            n += LookBackMarkdown.render(data.personName(), sentences, months, List.of()).length();
        }
        return n;
    }

    /** What the look-back does for three people after reading: months, sentences, Markdown, charts drawn. */
    @Benchmark
    public int renderThreePeople() throws Exception {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                int pixels = 0;
                for (LookBackData data : people) {
                    List<MonthFigures> months = LookBack.months(data, Map.of(), ZONE, TODAY);
                    List<String> sentences = LookBackSentences.of(months, data.personName(), YearMonth.from(TODAY));
                    String md = LookBackMarkdown.render(data.personName(), sentences, months, List.of());
                    LookBackChartsView charts = new LookBackChartsView();
                    charts.show(months);
                    VBox root = new VBox(charts);
                    Scene scene = new Scene(root, 900, 560);
                    root.applyCss();
                    root.layout();
                    WritableImage image = root.snapshot(null, null);
                    pixels += (int) image.getWidth() + md.length();
                }
                done.complete(pixels);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(LookBackBenchmark.class.getSimpleName()).forks(1)
                .jvmArgsAppend("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                        "-Djava.awt.headless=true")
                .warmupIterations(6).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2)).build()).run();
    }
}
