package commonground.language;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our labelled drafts (decision 0008) and how the coach scores on each. Tuning sets (rules and
 * model may be tuned on them): coach-train.tsv, coach-train-2..24.tsv and coach-test.tsv (the first
 * frozen test set, folded into tuning for issue 17 once its misses had been read). Frozen sets
 * (never tuned on, scored only as a whole): coach-test-2.tsv to coach-test-8.tsv. Plus the shared
 * dev set. Prints the figures and the frozen sets' errors: {@code mvn -B test -Dtest=CoachSetTest}.
 * The floors are regression guards set below the figures measured once at the end of issue 17.
 */
class CoachSetTest {

    private static final LanguageCoach COACH = new LanguageCoach();
    private static final List<String> TUNING = List.of(SentenceSet.TRAIN, SentenceSet.TRAIN2, SentenceSet.TRAIN3,
            SentenceSet.TRAIN4, SentenceSet.TRAIN5, SentenceSet.TRAIN6, SentenceSet.TRAIN7, SentenceSet.TRAIN8, SentenceSet.TRAIN9,
            SentenceSet.TRAIN10, SentenceSet.TRAIN11, SentenceSet.TRAIN12, SentenceSet.TRAIN13, SentenceSet.TRAIN14,
            SentenceSet.TRAIN15, SentenceSet.TRAIN16, SentenceSet.TRAIN17, SentenceSet.TRAIN18, SentenceSet.TRAIN19,
            SentenceSet.TRAIN20, SentenceSet.TRAIN21, SentenceSet.TRAIN22, SentenceSet.TRAIN23, SentenceSet.TRAIN24, SentenceSet.TEST);
    private static final List<String> FROZEN = List.of(SentenceSet.TEST2, SentenceSet.TEST3, SentenceSet.TEST4, SentenceSet.TEST5,
            SentenceSet.TEST6, SentenceSet.TEST7, SentenceSet.TEST8);

    @Test
    void theSetsAreLargeBalancedAndDisjoint() {
        Map<String, String> seen = new HashMap<>();
        List<String> all = new ArrayList<>(TUNING);
        all.addAll(FROZEN);
        all.add(SentenceSet.DEV);
        for (String set : all) {
            List<SentenceSet.Labelled> items = SentenceSet.load(set);
            long flags = items.stream().filter(SentenceSet.Labelled::flag).count();
            assertTrue(flags > items.size() * 0.4 && flags < items.size() * 0.7, set + ": " + flags + " flags of " + items.size());
            for (SentenceSet.Labelled x : items) {
                String before = seen.put(x.text().toLowerCase(), set);
                assertTrue(before == null, "in " + before + " and " + set + ": " + x.text());
            }
        }
        int tuning = TUNING.stream().mapToInt(s -> SentenceSet.load(s).size()).sum();
        assertTrue(tuning >= 3800, "tuning sentences: " + tuning);
        assertTrue(SentenceSet.load(SentenceSet.TEST2).size() >= 400);
        assertTrue(SentenceSet.load(SentenceSet.TEST3).size() >= 200);
        assertTrue(SentenceSet.load(SentenceSet.TEST4).size() >= 250);
        assertTrue(SentenceSet.load(SentenceSet.TEST5).size() >= 250);
        assertTrue(SentenceSet.load(SentenceSet.TEST6).size() >= 280);
        assertTrue(SentenceSet.load(SentenceSet.TEST7).size() >= 300);
        assertTrue(SentenceSet.load(SentenceSet.TEST8).size() >= 300);
    }

    @Test
    void tuningSets() {
        List<SentenceSet.Labelled> items = new ArrayList<>();
        for (String set : TUNING) {
            SentenceSet.Score one = SentenceSet.score(COACH, SentenceSet.load(set), x -> true);
            System.out.println(one.summary(set.substring(set.lastIndexOf('/') + 1)));
            items.addAll(SentenceSet.load(set));
        }
        SentenceSet.Score score = SentenceSet.score(COACH, items, x -> true);
        System.out.println(score.summary("all tuning sets"));
        assertTrue(score.precision() >= 0.97 && score.recall() >= 0.96, score.summary("tuning"));
    }

    @Test
    void secondFrozenTestSet() {
        SentenceSet.Score score = SentenceSet.score(COACH, SentenceSet.load(SentenceSet.TEST2), x -> true);
        System.out.println(score.summary("coach-test-2.tsv (frozen)"));
        score.errors().forEach(e -> System.out.println("  test2 " + e));
        // measured once at the end of issue 17: precision 0.988, recall 0.934 (before: 0.944, 0.780);
        // at the end of task co (decision 0018): 0.988, 0.961
        assertTrue(score.precision() >= 0.95 && score.recall() >= 0.90, score.summary("second frozen set"));
    }

    @Test
    void thirdFrozenTestSet() {
        SentenceSet.Score score = SentenceSet.score(COACH, SentenceSet.load(SentenceSet.TEST3), x -> true);
        System.out.println(score.summary("coach-test-3.tsv (frozen)"));
        score.errors().forEach(e -> System.out.println("  test3 " + e));
        // measured once at the end of issue 17: precision 0.940, recall 0.859 (before: 0.913, 0.734);
        // at the end of task co (decision 0018): 0.946, 0.961 (its misses had been listed in 0008, so not blind)
        assertTrue(score.precision() >= 0.92 && score.recall() >= 0.92, score.summary("third frozen set"));
    }

    @Test
    void fourthFrozenTestSet() {
        SentenceSet.Score score = SentenceSet.score(COACH, SentenceSet.load(SentenceSet.TEST4), x -> true);
        System.out.println(score.summary("coach-test-4.tsv (frozen)"));
        score.errors().forEach(e -> System.out.println("  test4 " + e));
        // the coach before task co's changes: precision 0.937, recall 0.874 (summary line only, errors unread);
        // measured once at the end of task co (decision 0018): precision 0.968, recall 0.889;
        // at the end of task co2 (decision 0022): 0.992, 0.978 (its misses were read in 0018, so not blind)
        assertTrue(score.precision() >= 0.96 && score.recall() >= 0.95, score.summary("fourth frozen set"));
    }

    @Test
    void fifthFrozenTestSet() {
        SentenceSet.Score score = SentenceSet.score(COACH, SentenceSet.load(SentenceSet.TEST5), x -> true);
        System.out.println(score.summary("coach-test-5.tsv (frozen)"));
        score.errors().forEach(e -> System.out.println("  test5 " + e));
        // the coach before task co2's changes: precision 0.980, recall 0.820 (summary line only, errors unread);
        // measured once at the end of task co2 (decision 0022): precision 0.981, recall 0.852;
        // at the end of task co3 (decision 0023): 1.000, 0.910 (its misses were listed in 0022, so not blind)
        assertTrue(score.precision() >= 0.95 && score.recall() >= 0.88, score.summary("fifth frozen set"));
    }

    @Test
    void sixthFrozenTestSet() {
        SentenceSet.Score score = SentenceSet.score(COACH, SentenceSet.load(SentenceSet.TEST6), x -> true);
        System.out.println(score.summary("coach-test-6.tsv (frozen)"));
        score.errors().forEach(e -> System.out.println("  test6 " + e));
        // the coach before task co3's changes: precision 0.991, recall 0.742 (summary line only, errors unread);
        // measured once at the end of task co3 (decision 0023): precision 0.992, recall 0.775;
        // at the end of task co4 (decision 0027): 0.992, 0.801 (its misses were listed in 0023, so not blind);
        // at the end of task co5 (decision 0030): 0.992, 0.841
        assertTrue(score.precision() >= 0.97 && score.recall() >= 0.83, score.summary("sixth frozen set"));
    }

    @Test
    void seventhFrozenTestSet() {
        SentenceSet.Score score = SentenceSet.score(COACH, SentenceSet.load(SentenceSet.TEST7), x -> true);
        System.out.println(score.summary("coach-test-7.tsv (frozen)"));
        // its misses were printed once (-Dcoach.showTest7=true), at the end of task co4, and are listed in 0027
        if (Boolean.getBoolean("coach.showTest7")) {
            score.errors().forEach(e -> System.out.println("  test7 " + e));
        }
        // the coach before task co4's changes: precision 0.977, recall 0.819 (summary line only, errors unread);
        // at the end of task co4 (decision 0027): precision 0.979, recall 0.897, then 0.979, 0.884 after the
        // confident model was kept to sentences about "you" (a safety fix, not tuned on test-7);
        // at the end of task co5 (decision 0030): 0.981, 0.987 (its misses were listed in 0027, so not blind)
        assertTrue(score.precision() >= 0.97 && score.recall() >= 0.97, score.summary("seventh frozen set"));
    }

    @Test
    void eighthFrozenTestSet() {
        SentenceSet.Score score = SentenceSet.score(COACH, SentenceSet.load(SentenceSet.TEST8), x -> true);
        System.out.println(score.summary("coach-test-8.tsv (frozen)"));
        // its misses were printed once (-Dcoach.showTest8=true), at the end of task co5, and are listed in 0030
        if (Boolean.getBoolean("coach.showTest8")) {
            score.errors().forEach(e -> System.out.println("  test8 " + e));
        }
        // the coach before task co5's changes: precision 0.976, recall 0.827 (summary line only, errors unread);
        // measured once at the end of task co5 (decision 0030): precision 0.971, recall 0.893; then 0.978, 0.893
        // after one false alarm it showed ("hope ur feeling better") was fixed at its cause
        assertTrue(score.precision() >= 0.95 && score.recall() >= 0.87, score.summary("eighth frozen set"));
    }

    @Test
    void sharedDevSet() {
        SentenceSet.Score score = SentenceSet.score(COACH, SentenceSet.load(SentenceSet.DEV), x -> true);
        System.out.println(score.summary("language-dev.tsv"));
        score.errors().forEach(e -> System.out.println("  dev " + e));
        assertTrue(score.precision() >= 0.90 && score.recall() >= 0.85, score.summary("dev"));
    }
}
