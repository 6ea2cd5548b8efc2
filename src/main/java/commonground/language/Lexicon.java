package commonground.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Word valence from the VADER sentiment lexicon (Hutto and Gilbert, 2014; MIT licence), shipped in
 * {@code com.github.apanimesh061:vader-sentiment-analyzer}. About 7,500 words and emoticons rated
 * from -4 (most negative) to +4 by ten people each. Only the word list is used, never the analyser.
 */
final class Lexicon {

    static final String RESOURCE = "/vader_sentiment_lexicon.txt";

    private static final class Holder {
        static final Map<String, Float> VALENCE = load();
    }

    private Lexicon() {
    }

    private static Map<String, Float> load() {
        ModelLoading.record(RESOURCE);
        InputStream in = Lexicon.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("sentiment lexicon " + RESOURCE + " is missing from the class path");
        }
        Map<String, Float> out = new HashMap<>(16_384);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                int tab2 = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
                if (tab2 > tab && tab > 0) {
                    try {
                        out.put(line.substring(0, tab), Float.parseFloat(line.substring(tab + 1, tab2)));
                    } catch (NumberFormatException ignored) {
                        // a malformed line is skipped: one word less, never a failure of the coach
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("sentiment lexicon could not be read", e);
        }
        return Map.copyOf(out);
    }

    /** Valence of a lower-case word, 0 when the lexicon does not rate it. */
    static float valence(String word) {
        Float v = Holder.VALENCE.get(word);
        return v == null ? 0f : v;
    }
}
