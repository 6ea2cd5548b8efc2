package commonground.care;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The distress check against our own labelled sentences (tuned on the tune file only; the test
 * file was split off once and is not tuned on, see docs/decisions/0007-distress-check.md), and
 * named cases for the wording it must tell apart.
 */
class DistressSignalsTest {

    static final String TUNE = "/commonground/care/distress-tune.tsv";
    static final String TEST = "/commonground/care/distress-test.tsv";

    private final DistressSignals signals = new DistressSignals();

    record Labelled(boolean concerning, String category, String text) {
    }

    record Score(int tp, int fp, int fn, int tn, List<String> misses) {
        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        String summary(String name) {
            return String.format("%s: n=%d precision=%.3f recall=%.3f (tp=%d fp=%d fn=%d tn=%d)", name,
                    tp + fp + fn + tn, precision(), recall(), tp, fp, fn, tn);
        }
    }

    static List<Labelled> load(String resource) {
        List<Labelled> rows = new ArrayList<>();
        try (InputStream in = DistressSignalsTest.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 3);
                rows.add(new Labelled(cols[0].equals("concerning"), cols[1], cols[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    Score score(List<Labelled> rows) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        List<String> misses = new ArrayList<>();
        for (Labelled row : rows) {
            boolean said = signals.concerning(row.text());
            if (said && row.concerning()) {
                tp++;
            } else if (said) {
                fp++;
                misses.add("false alarm [" + row.category() + "] " + row.text());
            } else if (row.concerning()) {
                fn++;
                misses.add("missed      [" + row.category() + "] " + row.text());
            } else {
                tn++;
            }
        }
        return new Score(tp, fp, fn, tn, misses);
    }

    @Test
    void theDataSetIsLargeAndBalanced() {
        List<Labelled> tune = load(TUNE);
        List<Labelled> test = load(TEST);
        assertTrue(tune.size() + test.size() >= 330);
        long concerning = tune.stream().filter(Labelled::concerning).count()
                + test.stream().filter(Labelled::concerning).count();
        assertTrue(Math.abs(concerning * 2 - (tune.size() + test.size())) < 20, "about half concerning");
        assertTrue(test.stream().noneMatch(t -> tune.stream().anyMatch(u -> u.text().equalsIgnoreCase(t.text()))),
                "no sentence in both files");
    }

    @Test
    void tuneSet() {
        Score score = score(load(TUNE));
        System.out.println(score.summary("distress-tune.tsv"));
        score.misses().forEach(m -> System.out.println("  " + m));
        assertTrue(score.recall() >= 0.97, score.summary("tune"));
        assertTrue(score.precision() >= 0.95, score.summary("tune"));
    }

    /** The frozen test set: figures are reported; misses are printed but were not tuned on. */
    @Test
    void frozenTestSet() {
        Score score = score(load(TEST));
        System.out.println(score.summary("distress-test.tsv"));
        score.misses().forEach(m -> System.out.println("  " + m));
        assertTrue(score.recall() >= 0.93, score.summary("test"));
        assertTrue(score.precision() >= 0.93, score.summary("test"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I'd murder a curry", "I nearly died laughing", "ugh my boss is killing me this week",
            "I could die of embarrassment", "we killed time at the station", "this traffic will be the death of me",
            "I'm dying for a cup of tea", "my laptop died again", "she'll kill me if I forget the milk",
            "I cut the grass and then cut my hair", "kill me now, it's another quiz night",
            "I hurt myself playing football", "I'm so tired I could sleep forever on Sunday mornings lol",
            "I can't see the point of this meeting", "I don't see the point in going on about it",
            "I can't see the point of going on holiday in March", "there's no point in going on with the project",
            "I don't see the point in anything he suggests", "I can't see the point of living in London",
            "what's the point of going on about it"})
    void idiomsAndHyperboleAreNotConcerning(String text) {
        assertFalse(signals.concerning(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Grandma is dying", "My father died last spring and I miss him", "my sister is thinking about suicide "
            + "and I don't know how to help", "Mum wishes she could die in her sleep", "he cuts himself when he's low",
            "the vet said the dog won't make it", "my friend says she wants to kill herself"})
    void otherPeoplesIllnessOrDeathIsNotConcerning(String text) {
        assertFalse(signals.concerning(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I'm not suicidal.", "i would never kill myself", "I don't want to die", "I'm not going to hurt myself",
            "I have no plans to end my life", "He has never hit me", "I'm not scared of my husband"})
    void takenBackIsNotConcerning(String text) {
        assertFalse(signals.concerning(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I don't want to die, I want this to stop hurting", "I'm not suicidal but I don't want to wake up",
            "I can't stop thinking about killing myself", "I wish I could just not wake up",
            "everyone would be better off without me", "I cut again last night", "he said he'd kill me if I leave",
            "I'm scared to go home", "I don't know why I still want to die", "I dont want to be alive anymore",
            "Dear diary. Today was fine. I want to end my life.", "I said I wasn't suicidal but I lied",
            "I can't see the point of going on.", "there's no point in going on", "what's the point of living",
            "I don't see the point in anything anymore", "I cant see the point of going on anymore",
            "honestly I can't see any point in living", "There's no point in anything anymore.",
            "what's the point of going on"})
    void concerningWording(String text) {
        assertTrue(signals.concerning(text), text);
    }

    @Test
    void longAgoAndOverIsNotConcerningButAgainIs() {
        assertFalse(signals.concerning("Years ago I self-harmed, I'm proud of how far I've come"));
        assertTrue(signals.concerning("Years ago I self-harmed and last night I did it again, I cut myself"));
    }

    @Test
    void quotedFromAFilmIsNotTheWritersOwn() {
        assertFalse(signals.concerning("In the film he whispers \"I want to die\" and I cried"));
        assertTrue(signals.concerning("After the film I kept thinking \"I want to die\""));
    }

    @Test
    void theSentenceIsFound() {
        assertEquals("I want to end my life",
                signals.firstConcerningSentence("Slept badly. I want to end my life. Tea now.").orElseThrow());
        assertTrue(signals.firstConcerningSentence(null).isEmpty());
        assertTrue(signals.firstConcerningSentence("   ").isEmpty());
    }
}
