package commonground.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared development set (a copy of shared/data/language-dev.tsv). */
class DevSetTest {

    private static final LanguageCoach COACH = new LanguageCoach();

    static Stream<SentenceSet.Labelled> dev() {
        return SentenceSet.load(SentenceSet.DEV).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev")
    void eachSentence(SentenceSet.Labelled item) {
        Review review = COACH.review(item.text());
        assertEquals(item.flag(), review.flagged(), () -> item + " -> " + review.findings());
    }

    @Test
    void precisionAndRecallMeetTheTarget() {
        List<SentenceSet.Labelled> dev = SentenceSet.load(SentenceSet.DEV);
        assertEquals(60, dev.size());
        SentenceSet.Score score = SentenceSet.score(COACH, dev, x -> true);
        System.out.println(score.summary("language-dev.tsv"));
        score.errors().forEach(System.out::println);
        assertTrue(score.precision() >= 0.90, score.summary("dev"));
        assertTrue(score.recall() >= 0.85, score.summary("dev"));
    }
}
