package commonground.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/**
 * The coach decodes parts of speech greedily for speed (decision 0024). On every sentence of the
 * labelled sets it must tag exactly as the model's own beam search of 3 would, or the coach's
 * structural rules could read a sentence differently.
 */
class TaggerTest {

    private static final List<String> SETS = List.of(SentenceSet.DEV, SentenceSet.OWN, SentenceSet.TRAIN, SentenceSet.TRAIN2,
            SentenceSet.TRAIN3, SentenceSet.TRAIN4, SentenceSet.TRAIN5, SentenceSet.TRAIN6, SentenceSet.TRAIN7,
            SentenceSet.TRAIN8, SentenceSet.TRAIN9, SentenceSet.TRAIN10, SentenceSet.TRAIN11, SentenceSet.TRAIN12,
            SentenceSet.TRAIN13, SentenceSet.TRAIN14, SentenceSet.TEST, SentenceSet.TEST2, SentenceSet.TEST3,
            SentenceSet.TEST4, SentenceSet.TEST5);

    @Test
    void greedyTagsAreTheBeamSearchTagsOnEveryLabelledSentence() throws IOException {
        POSModel model;
        try (InputStream in = Tagger.class.getResourceAsStream(Tagger.POS_MODEL)) {
            model = new POSModel(in);
        }
        assertEquals("3", model.getManifestProperty("BeamSize"), "the shipped model's own beam");
        POSTaggerME beam = new POSTaggerME(model);
        int tokens = 0;
        List<String> differ = new ArrayList<>();
        for (String set : SETS) {
            for (SentenceSet.Labelled x : SentenceSet.load(set)) {
                String cased = TextTools.straighten(x.text());
                for (int[] span : TextTools.sentences(TextTools.normalize(x.text()))) {
                    String sentence = cased.substring(span[0], span[1]);
                    Tagger.Tagged greedy = Tagger.tag(sentence);
                    String[] words = new String[greedy.spans().length];
                    for (int i = 0; i < words.length; i++) {
                        words[i] = Tagger.wordFor(sentence, greedy.spans(), i, words);
                    }
                    String[] expected = beam.tag(words);
                    tokens += words.length;
                    if (!java.util.Arrays.equals(expected, greedy.tags())) {
                        differ.add(sentence);
                    }
                }
            }
        }
        assertTrue(tokens > 40_000, tokens + " tokens");
        assertEquals(List.of(), differ, "tagged differently from the beam search");
    }

    @Test
    void ordersAtTheStartAreReadAsVerbs() {
        Tagger.Tagged t = Tagger.tag("Cancel the trip.");
        assertArrayEquals(new String[] {"VERB", "DET", "NOUN", "PUNCT"}, t.tags());
    }
}
