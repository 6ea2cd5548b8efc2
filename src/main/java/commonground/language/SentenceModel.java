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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small logistic regression over words and word pairs, trained on our own labelled drafts
 * (the tuning sets, never the frozen test sets coach-test-2.tsv and coach-test-3.tsv) by {@code CoachModelTrainer} in the tests,
 * which writes the weights to {@value #RESOURCE}. It says how likely a sentence is to need a flag;
 * the rules choose the span, the kind and the words the user reads, and the model decides the borderline
 * cases they hand it (see decision 0008); when no rule fires and it is very sure, {@link ConfidentModel}
 * flags on its own with general words (decision 0027).
 */
final class SentenceModel {

    static final String RESOURCE = "/commonground/language/coach-model.tsv";
    private static final Pattern WORD = Pattern.compile("[a-z0-9']+|[?!]");
    /** Informal spellings read as their full form, so "youre sick" and "you're sick" share features. */
    private static final Map<String, String> SPELLINGS = spellings("youre you're|u you|ya you|dont don't|cant can't"
            + "|wont won't|im i'm|ive i've|youve you've|youll you'll|youd you'd|didnt didn't|doesnt doesn't|isnt isn't"
            + "|arent aren't|wasnt wasn't|werent weren't|shouldnt shouldn't|couldnt couldn't|wouldnt wouldn't"
            + "|havent haven't|hasnt hasn't|thats that's|whats what's|theyre they're|lets let's|cuz because"
            + "|coz because|cos because|pls please|plz please|thx thanks|tho though|gonna going|wanna want");

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
            words.add(SPELLINGS.getOrDefault(m.group(), m.group()));
        }
        markBodilyStates(words);
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
        valenceFeatures(words, out);
        return out;
    }

    /**
     * Words the VADER lexicon rates clearly negative or positive, alone and when said of "you" (within
     * four words after it), so that an unseen adjective counts by its meaning (decision 0027).
     */
    private static void valenceFeatures(List<String> words, List<String> out) {
        int sinceYou = 99;
        for (String w : words) {
            if (ParsedSentence.YOU.contains(w) || w.equals("your")) {
                sinceYou = 0;
                continue;
            }
            sinceYou++;
            float v = Lexicon.valence(w);
            String sign = v <= -1.5f ? "neg" : v >= 1.5f ? "pos" : null;
            if (sign != null) {
                out.add("(valence " + sign + ")");
                if (sinceYou <= 4) {
                    out.add("(you then " + sign + ")");
                }
            }
        }
    }

    /** How the body is, said of "you": a fact, not a verdict ("youre sick again", "you're still coughing"). */
    private static final Set<String> BODILY = Set.of("sick", "ill", "poorly", "unwell", "coughing", "limping", "sore",
            "wheezing", "feverish", "pale", "injured", "hurt", "bleeding", "shivering", "recovering", "pregnant",
            "diabetic", "allergic", "asthmatic", "contagious", "dizzy", "nauseous", "tired", "exhausted", "sleepy");
    static final String BODILY_STATE = "(bodily state)";
    private static final Set<String> BE_YOU = Set.of("you're", "you", "ur", "you've");
    private static final Set<String> BE_GAP = Set.of("are", "r", "been", "still", "so", "really", "very", "a", "bit",
            "again", "quite", "pretty", "feeling", "looking", "getting", "being", "always");

    /**
     * Replaces a bodily state said of "you" ("youre still sick", not "you're sick of") by one shared
     * token, so the model does not read "sick" as in "I'm sick of it" (decision 0027).
     */
    private static void markBodilyStates(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!BODILY.contains(words.get(i)) || i + 1 < words.size() && words.get(i + 1).equals("of")) {
                continue;
            }
            int j = i - 1;
            while (j > 0 && i - j <= 3 && BE_GAP.contains(words.get(j))) {
                j--;
            }
            if (j >= 0 && BE_YOU.contains(words.get(j)) && (j + 1 < i || !words.get(j).equals("you"))) {
                words.set(i, BODILY_STATE);
            } else if (words.get(i).equals("ill")) {
                words.set(i, "i'll"); // "ill sort dinner": I'll, typed without the apostrophe
            }
        }
    }

    private static Map<String, String> spellings(String pairs) {
        Map<String, String> out = new HashMap<>();
        for (String pair : pairs.split("\\|")) {
            String[] two = pair.split(" ");
            out.put(two[0], two[1]);
        }
        return Map.copyOf(out);
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
