package commonground.cues;

import commonground.content.ContentException;
import commonground.content.Practices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in cue catalogue loads and reads gently; broken catalogues are refused with clear messages. */
class CueCatalogueTest {

    static Practices practices;

    @BeforeAll
    static void loadPractices() throws ContentException {
        practices = Practices.load();
    }

    @Test
    void theBuiltInCatalogueHasAtLeastFortyCuesInEveryCategory() throws ContentException {
        List<Cue> cues = CueCatalogue.load(practices).all();
        assertTrue(cues.size() >= 40, "found " + cues.size());
        Set<CueCategory> categories = cues.stream().map(Cue::category).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(CueCategory.class), categories);
        for (Cue cue : cues) {
            assertTrue(cue.text().acknowledgements().size() >= 1 && cue.text().acknowledgements().size() <= 3,
                    cue.key());
            assertFalse(cue.text().notToSay().isBlank(), cue.key());
            assertFalse(cue.practices().isEmpty(), cue.key());
            assertFalse(cue.custom());
        }
        for (String expected : List.of("tearing-up", "looking-away", "going-quiet", "shorter-answers", "tight-jaw",
                "arms-crossed", "turning-toward", "relaxed-laugh", "lingering", "starting-a-conversation")) {
            assertTrue(cues.stream().anyMatch(c -> c.key().equals(expected)), expected);
        }
    }

    @Test
    void builtInAcknowledgementsAskForNothingAndJudgeNothing() throws ContentException {
        List<String> forbidden = List.of("why", "always", "never", "you need to", "should", "must", "tell me",
                "talk to me", "what's wrong");
        for (Cue cue : CueCatalogue.load(practices).all()) {
            for (String ack : cue.text().acknowledgements()) {
                String lower = ack.toLowerCase(Locale.ROOT);
                for (String word : forbidden) {
                    assertFalse(lower.matches(".*\\b" + java.util.regex.Pattern.quote(word) + "\\b.*"),
                            cue.key() + ": " + ack);
                }
                assertFalse(ack.contains("!"), cue.key() + ": " + ack);
            }
        }
    }

    private static String problemIn(String yaml) {
        return assertThrows(ContentException.class, () -> CueCatalogue.parse("test-cues.yaml", yaml, practices))
                .getMessage();
    }

    private static String cue(String id, String category, String acks) {
        return "cues:\n  - id: " + id + "\n    category: " + category + "\n    seen: Going quiet\n"
                + "    mightMean: They may be tired.\n    acknowledgements: " + acks + "\n"
                + "    notToSay: \"Why won't you talk?\"\n    practices: [nonverbal]\n";
    }

    @Test
    void aGoodCatalogueLoads() throws ContentException {
        List<Cue> cues = CueCatalogue.parse("test-cues.yaml", cue("quiet", "voice", "[\"I'm here.\"]"), practices)
                .all();
        assertEquals(1, cues.size());
        assertEquals(CueCategory.VOICE, cues.get(0).category());
    }

    @Test
    void problemsNameTheFileTheCueAndTheField() {
        String unknownCategory = problemIn(cue("quiet", "mood", "[\"I'm here.\"]"));
        assertTrue(unknownCategory.startsWith("test-cues.yaml: "), unknownCategory);
        assertTrue(unknownCategory.contains("cue 'quiet'") && unknownCategory.contains("field 'category'"),
                unknownCategory);

        String tooMany = problemIn(cue("quiet", "voice", "[a, b, c, d]"));
        assertTrue(tooMany.contains("cue 'quiet'") && tooMany.contains("field 'acknowledgements'")
                && tooMany.contains("3"), tooMany);

        String none = problemIn(cue("quiet", "voice", "[]"));
        assertTrue(none.contains("field 'acknowledgements'"), none);

        String badPractice = problemIn(cue("quiet", "voice", "[ok]").replace("[nonverbal]", "[mind-reading]"));
        assertTrue(badPractice.contains("field 'practices'") && badPractice.contains("mind-reading"), badPractice);

        String twice = problemIn(cue("quiet", "voice", "[ok]") + cue("quiet", "voice", "[ok]").substring(6));
        assertTrue(twice.contains("cue 'quiet'") && twice.contains("used twice"), twice);

        String emptySeen = problemIn(cue("quiet", "voice", "[ok]").replace("seen: Going quiet", "seen: \"  \""));
        assertTrue(emptySeen.contains("field 'seen'"), emptySeen);

        String missing = problemIn(cue("quiet", "voice", "[ok]").replace("    notToSay: \"Why won't you talk?\"\n",
                ""));
        assertTrue(missing.contains("notToSay") && missing.contains("line"), missing);

        String unknownField = problemIn(cue("quiet", "voice", "[ok]") + "    colour: blue\n");
        assertTrue(unknownField.contains("colour"), unknownField);

        String notYaml = problemIn("cues: [ {id: x, ");
        assertTrue(notYaml.startsWith("test-cues.yaml: line"), notYaml);
    }
}
