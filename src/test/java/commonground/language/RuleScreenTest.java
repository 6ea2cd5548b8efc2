package commonground.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The coach skips a pattern only when it cannot match: reading what a pattern needs
 * ({@link RequiredText}) and screening sentences with it ({@link RuleScreen}) never hides a match.
 */
class RuleScreenTest {

    private static final List<String> SETS = List.of(SentenceSet.DEV, SentenceSet.OWN, SentenceSet.TRAIN, SentenceSet.TRAIN2,
            SentenceSet.TRAIN3, SentenceSet.TRAIN4, SentenceSet.TRAIN5, SentenceSet.TRAIN6, SentenceSet.TRAIN7,
            SentenceSet.TRAIN8, SentenceSet.TRAIN9, SentenceSet.TRAIN10, SentenceSet.TRAIN11, SentenceSet.TRAIN12,
            SentenceSet.TRAIN13, SentenceSet.TRAIN14, SentenceSet.TEST, SentenceSet.TEST2, SentenceSet.TEST3,
            SentenceSet.TEST4, SentenceSet.TEST5);

    @Test
    void noShippedPatternIsSkippedOnASentenceItMatches() {
        CoachRules rules = CoachRules.defaults();
        List<Pattern> patterns = new ArrayList<>();
        rules.rules().forEach(r -> patterns.add(r.pattern()));
        rules.moves().forEach(m -> patterns.add(m.pattern()));
        RuleScreen screen = rules.screen();
        long sentences = 0;
        long run = 0;
        long matched = 0;
        for (String set : SETS) {
            for (SentenceSet.Labelled x : SentenceSet.load(set)) {
                for (int[] span : TextTools.sentences(TextTools.normalize(x.text()))) {
                    String norm = TextTools.normalize(x.text()).substring(span[0], span[1]);
                    sentences++;
                    var present = screen.present(norm);
                    for (int i = 0; i < patterns.size(); i++) {
                        boolean finds = patterns.get(i).matcher(norm).find();
                        boolean may = screen.mayMatch(i, present);
                        assertTrue(may || !finds, "pattern " + i + " skipped on a sentence it matches: " + norm);
                        run += may ? 1 : 0;
                        matched += finds ? 1 : 0;
                    }
                }
            }
        }
        // a pattern the reader cannot read always runs: allowed, but it should stay rare
        assertTrue(screen.screenedCount() >= patterns.size() * 9 / 10,
                screen.screenedCount() + " of " + patterns.size() + " patterns screened");
        assertTrue(matched > 1000, "the sets exercise the patterns: " + matched + " matches");
        // the point of it: most patterns are never run on a sentence
        assertTrue(run < sentences * patterns.size() / 10,
                run + " patterns run over " + sentences + " sentences of " + patterns.size() + " patterns");
    }

    @Test
    void whatAPatternNeedsIsReadFromItsLiteralText() {
        assertEquals(List.of(List.of(Set.of("what would i know"))), RequiredText.of("\\bwhat would i know\\b"));
        assertEquals(List.of(List.of(Set.of("you hit", "he hit"))), RequiredText.of("\\b(?:you|he) hit\\b"));
        assertEquals(List.of(List.of(Set.of("stop", "stop it"))), RequiredText.of("\\bstop(?: it)?\\b"));
        assertEquals(List.of(List.of(Set.of("a.b"))), RequiredText.of("\\Qa.b\\E"));
        assertEquals(List.of(List.of(Set.of("c"))), RequiredText.of("[ab]c"));
        assertEquals(List.of(List.of(Set.of("ab", "cd"), Set.of("x"))), RequiredText.of("(?:ab|cd)+x"));
        // a look-ahead's words are needed too; a negative look-ahead's are not
        assertEquals(List.of(List.of(Set.of("police"), Set.of("x"))), RequiredText.of("\\bx(?=[^.]*\\bpolice\\b)(?!\\s+now)"));
        // each alternative on its own
        assertEquals(List.of(List.of(Set.of("never")), List.of(Set.of("always"), Set.of("late"))),
                RequiredText.of("\\bnever\\b|\\balways\\s+\\w+\\s+late"));
    }

    @Test
    void aPatternThatMayNeedNothingOrCannotBeReadIsNeverSkipped() {
        assertNull(RequiredText.of("\\bnever\\b|\\w+"), "an alternative that needs no text");
        assertNull(RequiredText.of("(?i)you"), "inline flags");
        assertNull(RequiredText.of("(\\w+) \\1"), "back references");
        assertNull(RequiredText.of("(?:so )?\\w*"), "optional text only");
        RuleScreen screen = RuleScreen.of(Pattern.compile("(?i)you"));
        assertTrue(screen.mayMatch(0, screen.present("YOU")));
        RuleScreen words = RuleScreen.of(Pattern.compile("\\bdon'?t you dare\\b"));
        assertTrue(words.mayMatch(0, words.present("and don't you dare")));
        assertTrue(words.mayMatch(0, words.present("dont you dare")));
        assertFalse(words.mayMatch(0, words.present("you dare not")));
    }
}
