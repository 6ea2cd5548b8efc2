package commonground.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Trains {@link SentenceModel} on the tuning sets (coach-train.tsv, coach-train-2.tsv to -21, the old
 * test set coach-test.tsv, folded into tuning for issue 17, and the tuning part of coach-sentences.tsv; never coach-test-2.tsv, coach-test-3.tsv,
 * coach-test-4.tsv, coach-test-5.tsv, coach-test-6.tsv or coach-test-7.tsv) and writes its weights to
 * {@code src/main/resources/commonground/language/coach-model.tsv}. Deterministic (fixed seed).
 * Run from the project folder after {@code mvn -q test-compile}:
 * {@code java -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" commonground.language.CoachModelTrainer}
 */
public final class CoachModelTrainer {

    static final int EPOCHS = 40;
    static final double RATE = 0.2;
    static final double L2 = 1e-4;
    static final double THRESHOLD = Double.parseDouble(System.getProperty("threshold", "0.5"));

    private CoachModelTrainer() {
    }

    /** Logistic regression by stochastic gradient descent; returns weights with the bias under "(bias)". */
    static Map<String, Double> train(List<SentenceSet.Labelled> items, long seed) {
        Map<String, Double> w = new HashMap<>();
        List<SentenceSet.Labelled> order = new ArrayList<>(items);
        Random random = new Random(seed);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            double rate = RATE / (1 + epoch * 0.1);
            for (SentenceSet.Labelled item : order) {
                List<String> f = SentenceModel.features(TextTools.normalize(item.text()));
                double z = w.getOrDefault("(bias)", 0.0);
                for (String x : f) {
                    z += w.getOrDefault(x, 0.0);
                }
                double p = 1 / (1 + Math.exp(-z));
                double g = (item.flag() ? 1 : 0) - p;
                w.merge("(bias)", rate * g, Double::sum);
                for (String x : f) {
                    double old = w.getOrDefault(x, 0.0);
                    w.put(x, old + rate * (g - L2 * old));
                }
            }
        }
        return w;
    }

    /** Five-fold cross-validation of the whole coach on the train set, for each threshold in {@code args}. */
    static void crossValidate(List<SentenceSet.Labelled> train) {
        List<SentenceSet.Labelled> shuffled = new ArrayList<>(train);
        Collections.shuffle(shuffled, new Random(7));
        int tp = 0, fp = 0, fn = 0, tpRules = 0, fpRules = 0;
        for (int fold = 0; fold < 5; fold++) {
            List<SentenceSet.Labelled> fit = new ArrayList<>();
            List<SentenceSet.Labelled> held = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % 5 == fold ? held : fit).add(shuffled.get(i));
            }
            Map<String, Double> w = train(fit, 20261201L);
            Map<String, Float> weights = new HashMap<>();
            w.forEach((k, v) -> weights.put(k, v.floatValue()));
            LanguageCoach withModel = new LanguageCoach(CoachRules.defaults(),
                    new SentenceModel(weights, weights.getOrDefault("(bias)", 0f)), THRESHOLD);
            LanguageCoach rulesOnly = new LanguageCoach(CoachRules.defaults(), new SentenceModel(Map.of(), -10f));
            for (SentenceSet.Labelled item : held) {
                boolean got = withModel.review(item.text()).flagged();
                boolean gotRules = rulesOnly.review(item.text()).flagged();
                tp += got && item.flag() ? 1 : 0;
                fp += got && !item.flag() ? 1 : 0;
                fn += !got && item.flag() ? 1 : 0;
                tpRules += gotRules && item.flag() ? 1 : 0;
                fpRules += gotRules && !item.flag() ? 1 : 0;
            }
        }
        long flags = train.stream().filter(SentenceSet.Labelled::flag).count();
        System.out.printf(Locale.ROOT, "5-fold CV on the tuning sets, rules and model: precision=%.3f recall=%.3f%n",
                tp / (double) (tp + fp), tp / (double) (tp + fn));
        System.out.printf(Locale.ROOT, "5-fold CV on the tuning sets, rules alone:     precision=%.3f recall=%.3f%n",
                tpRules / (double) (tpRules + fpRules), tpRules / (double) flags);
    }

    /** Every sentence the coach may be tuned on. */
    static List<SentenceSet.Labelled> tuningSets() {
        List<SentenceSet.Labelled> all = new ArrayList<>(SentenceSet.load(SentenceSet.TRAIN));
        all.addAll(SentenceSet.load(SentenceSet.TRAIN2));
        all.addAll(SentenceSet.load(SentenceSet.TRAIN3));
        all.addAll(SentenceSet.load(SentenceSet.TRAIN4));
        all.addAll(SentenceSet.load(SentenceSet.TRAIN5));
        for (String more : List.of(SentenceSet.TRAIN6, SentenceSet.TRAIN7, SentenceSet.TRAIN8, SentenceSet.TRAIN9,
                SentenceSet.TRAIN10, SentenceSet.TRAIN11, SentenceSet.TRAIN12, SentenceSet.TRAIN13, SentenceSet.TRAIN14,
                SentenceSet.TRAIN15, SentenceSet.TRAIN16, SentenceSet.TRAIN17, SentenceSet.TRAIN18, SentenceSet.TRAIN19,
                SentenceSet.TRAIN20, SentenceSet.TRAIN21, SentenceSet.TRAIN22, SentenceSet.TRAIN23, SentenceSet.TRAIN24)) {
            all.addAll(SentenceSet.load(more));
        }
        all.addAll(SentenceSet.load(SentenceSet.TEST));
        // the tuning part of our first own set (its held-out part stays out), since task co4
        SentenceSet.load(SentenceSet.OWN).stream().filter(x -> !x.heldOut()).forEach(all::add);
        return all;
    }

    public static void main(String[] args) throws IOException {
        List<SentenceSet.Labelled> train = tuningSets();
        if (args.length > 0 && args[0].equals("cv")) {
            crossValidate(train);
            return;
        }
        Map<String, Double> w = train(train, 20261201L);
        StringBuilder out = new StringBuilder("# Weights of the coach's sentence model (SentenceModel), trained by\n"
                + "# CoachModelTrainer on coach-train.tsv, coach-train-2..24.tsv, coach-test.tsv and the tuning part of coach-sentences.tsv (" + train.size()
                + " sentences), seed 20261201.\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(w).entrySet()) {
            if (Math.abs(e.getValue()) >= 0.02 || e.getKey().equals("(bias)")) {
                out.append(e.getKey()).append('\t').append(String.format(Locale.ROOT, "%.4f", e.getValue())).append('\n');
            }
        }
        Path file = Path.of("src/main/resources/commonground/language/coach-model.tsv");
        Files.writeString(file, out, StandardCharsets.UTF_8);
        System.out.println("wrote " + file + " (" + out.toString().lines().count() + " lines)");
    }
}
