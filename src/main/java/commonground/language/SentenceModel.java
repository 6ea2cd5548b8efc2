package commonground.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small logistic regression over words and word pairs, trained on our own labelled drafts
 * (the tuning sets, never the frozen test sets coach-test-2.tsv and coach-test-3.tsv) by {@code CoachModelTrainer} in the tests,
 * which writes the weights to {@value #RESOURCE}. It says how likely a sentence is to need a flag;
 * it never makes a finding on its own. The rules still choose the span, the kind and the words the
 * user reads: the model only decides the borderline cases they hand it (see decision 0008).
 */
final class SentenceModel {

    static final String RESOURCE = "/commonground/language/coach-model.tsv";
    private static final Pattern WORD = Pattern.compile("[a-z0-9']+|[?!]");

    private static final class Holder {
        static final SentenceModel DEFAULT = load();
    }

    private final Map<String, Float> weights;
    private final float bias;

    SentenceModel(Map<String, Float> weights, float bias) {
        this.weights = Map.copyOf(weights);
        this.bias = bias;
    }

    /** The shipped model, read on first use. */
    static SentenceModel defaults() {
        return Holder.DEFAULT;
    }

    private static SentenceModel load() {
        ModelLoading.record(RESOURCE);
        InputStream in = SentenceModel.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("coach model " + RESOURCE + " is missing from the class path");
        }
        Map<String, Float> w = new HashMap<>();
        float b = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                float v = Float.parseFloat(line.substring(tab + 1));
                if (line.startsWith("(bias)\t")) {
                    b = v;
                } else {
                    w.put(line.substring(0, tab), v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("coach model could not be read", e);
        }
        return new SentenceModel(w, b);
    }

    /** The features of one lower-cased sentence: its words, its word pairs, and its first word. */
    static List<String> features(String norm) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(norm);
        while (m.find()) {
            words.add(m.group());
        }
        List<String> out = new ArrayList<>(words.size() * 2 + 1);
        String prev = "<s>";
        for (String w : words) {
            out.add(w);
            out.add(prev + " " + w);
            prev = w;
        }
        if (!words.isEmpty()) {
            out.add("first:" + words.get(0));
        }
        return out;
    }

    /** Probability that the sentence holds something to flag, from 0 to 1. */
    double probability(String norm) {
        double z = bias;
        for (String f : features(norm)) {
            Float w = weights.get(f);
            if (w != null) {
                z += w;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }
}
