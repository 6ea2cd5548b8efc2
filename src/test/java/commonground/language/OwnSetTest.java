package commonground.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own labelled sentences (coach-sentences.tsv). The tuning part is checked sentence by sentence;
 * the held-out part is only scored as a whole, so that its individual misses never drive tuning.
 */
class OwnSetTest {

    private static final LanguageCoach COACH = new LanguageCoach();
    private static final List<SentenceSet.Labelled> OWN = SentenceSet.load(SentenceSet.OWN);

    static Stream<SentenceSet.Labelled> tuning() {
        return OWN.stream().filter(x -> !x.heldOut());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tuning")
    void eachTuningSentence(SentenceSet.Labelled item) {
        Review review = COACH.review(item.text());
        assertEquals(item.flag(), review.flagged(), () -> item + " -> " + review.findings());
    }

    @Test
    void theSetIsLargeAndBalanced() {
        assertTrue(OWN.size() >= 150, "own set has " + OWN.size());
        long flags = OWN.stream().filter(SentenceSet.Labelled::flag).count();
        assertTrue(flags > OWN.size() / 3 && flags < OWN.size() * 2 / 3, flags + " of " + OWN.size() + " are flags");
        assertTrue(OWN.stream().filter(SentenceSet.Labelled::heldOut).count() >= 100);
    }

    @Test
    void tuningPartMeetsTheTarget() {
        SentenceSet.Score score = SentenceSet.score(COACH, OWN, x -> !x.heldOut());
        System.out.println(score.summary("coach-sentences.tsv, tuning part"));
        assertTrue(score.precision() >= 0.90 && score.recall() >= 0.85, score.summary("tuning"));
    }

    @Test
    void heldOutPartMeetsTheTarget() {
        SentenceSet.Score score = SentenceSet.score(COACH, OWN, SentenceSet.Labelled::heldOut);
        System.out.println(score.summary("coach-sentences.tsv, held-out part"));
        score.errors().forEach(System.out::println);
        assertTrue(score.precision() >= 0.90, score.summary("held-out"));
        assertTrue(score.recall() >= 0.85, score.summary("held-out"));
    }
}
