package commonground.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases from the issue "A message coach that understands sentences, not word lists": the
 * misses it named, the false flags, the loopholes, safety, and the quality of the coach's own examples.
 */
class UnderstandingTest {

    private static final LanguageCoach COACH = new LanguageCoach();

    private static void assertClean(String text) {
        Review r = COACH.review(text);
        assertFalse(r.flagged(), () -> "expected no finding in: " + text + " -> " + r.findings());
    }

    @ParameterizedTest(name = "{1} -> {0}")
    @CsvSource(delimiter = '|', value = {
        "JUDGMENT|You're being totally unfair right now.",
        "DEMAND|I insist that we discuss this tonight.",
        "DEMAND|Swear you'll call me after work.",
        "JUDGMENT|You're obviously anxious and won't admit it.",
        "JUDGMENT|Any decent son would visit more.",
        "PRESSURE_TO_SHARE|Oh come on, just say you're angry.",
        "JUDGMENT|Your silence is ruining my week.",
        "DISGUISED_JUDGMENT|After everything I've done for you, you can't even call.",
        "DISGUISED_JUDGMENT|If you really loved me, you'd be here.",
        "JUDGMENT|Only a selfish person would leave like that.",
        "JUDGMENT|You are such a terrible listener.",
    })
    void whatTheOldCoachMissed(FindingKind kind, String text) {
        Review r = COACH.review(text);
        assertTrue(r.findings().stream().anyMatch(f -> f.kind() == kind), () -> text + " -> " + r.findings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tell me all about the wedding!", "You're still limping, Dad.", "The test came back negative!",
        "When your boss called you difficult, I said you were just careful.", "You always pick the best films.",
        "Would tonight or tomorrow suit you better?", "You're mad, and I adore it.", "You're a brilliant aunt.",
        "The results were negative.", "You're still coughing a lot.", "He said you were rude; I told him you were tired."})
    void appreciationReportsMedicalFactsAndObservationsAreNotJudgments(String text) {
        assertClean(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"No rush, but you must explain yourself today.", "No pressure, but you need to decide tonight.",
        "Take your time, but I want an answer by dinner.", "You don't have to, but you really should apologise.",
        "Talk to me whenever you're ready."})
    void aSoftenerNeverCancelsADemand(String text) {
        Review r = COACH.review(text);
        assertTrue(r.flagged(), () -> text + " -> " + r.findings());
        assertTrue(r.goodMoves().stream().noneMatch(g -> g.kind() == GoodMoveKind.REQUEST_WITH_ROOM), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Now we're alone, can we finally have that talk?",
        "Can you at least try to tell me what's wrong?", "Could you finally tell me what happened at work?"})
    void aPushIsNotARequest(String text) {
        Review r = COACH.review(text);
        assertTrue(r.flagged(), () -> text + " -> " + r.findings());
        assertTrue(r.goodMoves().isEmpty(), () -> text + " praised: " + r.goodMoves());
    }

    @Test
    void aRequestThatLeavesRoomIsPraised() {
        Review r = COACH.review("Would you be up for a walk on Sunday, if you feel like it?");
        assertFalse(r.flagged(), r::toString);
        assertTrue(r.goodMoves().stream().anyMatch(g -> g.kind() == GoodMoveKind.REQUEST_WITH_ROOM
                || g.kind() == GoodMoveKind.CONSENT), r::toString);
    }

    @Test
    void whatTheWriterWillDoAfterAndIsNotAnOrderButAnOrderAfterAndStillIs() {
        for (String kind : List.of("I would like to come round on Sunday and just sit with you, if that works for you.",
                "We could get a takeaway and just watch the match together.")) {
            assertFalse(COACH.review(kind).flagged(), () -> COACH.review(kind).toString());
        }
        assertTrue(COACH.review("Come over and just sit with me.").flagged());
    }

    @Test
    void askingPolitelyHowTheyFeelInsideIsPressureToShareAndIsNotPraisedAsARequest() {
        Review r = COACH.review("Alex, can you tell me what is going on inside? I need you to let me in.");
        assertTrue(r.findings().stream().anyMatch(f -> f.kind() == FindingKind.PRESSURE_TO_SHARE), r::toString);
        assertTrue(r.goodMoves().stream().noneMatch(g -> g.kind() == GoodMoveKind.REQUEST_WITH_ROOM), r::toString);
        assertFalse(COACH.review("Can you tell me what the doctor said about the scan?").flagged());
    }

    @Test
    void askingToSpeakAndOwningYourPartArePraisedButASorryThatBlamesIsNot() {
        Review r = COACH.review("Can I say something? I heard you were hurt I missed the party. I'm really "
                + "sorry, I should have told you I couldn't come.");
        assertFalse(r.flagged(), r::toString);
        assertTrue(r.goodMoves().stream().anyMatch(g -> g.kind() == GoodMoveKind.CONSENT), r::toString);
        assertTrue(r.goodMoves().stream().anyMatch(g -> g.kind() == GoodMoveKind.I_STATEMENT), r::toString);
        for (String text : List.of("I'm sorry you feel that way.", "I'm sorry if you were offended.")) {
            assertTrue(COACH.review(text).goodMoves().isEmpty(), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"If you ever hit me again, we're done.", "If you push me again, I'm leaving.",
        "One more slap and I'm calling the police."})
    void violencePutsSafetyFirstAndNeverSoftensIt(String text) {
        List<Finding> findings = COACH.review(text).findings();
        assertEquals(1, findings.size(), () -> text + " -> " + findings);
        Finding f = findings.get(0);
        assertEquals(FindingKind.SAFETY, f.kind());
        assertTrue(f.explanation().contains("safety comes first"), f.explanation());
        assertTrue(f.direction().contains("Help page") && f.direction().contains("F1"), f.direction());
        String all = (f.explanation() + f.direction() + f.exampleRewrite().orElse("")).toLowerCase();
        assertFalse(all.contains("counsellor") || all.contains("talk it through"), all);
    }

    @ParameterizedTest
    @ValueSource(strings = {"If you hit the motorway early, you'll beat the traffic.", "You hurt me when you said that."})
    void notEveryHitIsViolence(String text) {
        assertTrue(COACH.review(text).findings().stream().noneMatch(f -> f.kind() == FindingKind.SAFETY), text);
    }

    static Stream<String> coachExamples() {
        CoachRules rules = CoachRules.defaults();
        List<String> examples = new ArrayList<>();
        rules.rules().forEach(r -> r.example().ifPresent(examples::add));
        Structures.IDS.forEach(id -> rules.structure(id).example().ifPresent(examples::add));
        return examples.stream().distinct();
    }

    @ParameterizedTest
    @MethodSource("coachExamples")
    void everyExampleRewritePassesTheCoachAndFollowsThePractices(String example) {
        assertClean(example);
        assertFalse(example.contains("!"), "no exclamation marks: " + example);
        String low = example.toLowerCase();
        for (String push : List.of("tell me", "what's going on for you", "willing to tell", "i felt let down",
                "i felt unimportant", "counsellor", "how you feel")) {
            assertFalse(low.contains(push), () -> "'" + push + "' in: " + example);
        }
        assertTrue(COACH.review(example).goodMoves().size() >= 1, () -> "names nothing that works: " + example);
    }

    @Test
    void everyFindingNamesWhatWasHeardWhyADirectionAndAnExample() {
        String draft = "You're being so unfair. Swear you'll call me. Your silence is ruining my week. "
                + "You keep cancelling on me. Why won't you talk to me? I feel like you don't care. "
                + "If you don't come, I'm leaving.";
        List<Finding> findings = COACH.review(draft).findings();
        assertTrue(findings.size() >= 7, findings::toString);
        for (Finding f : findings) {
            assertEquals(draft.substring(f.start(), f.end()), f.phrase());
            assertFalse(f.explanation().isBlank() || f.direction().isBlank(), f::toString);
            assertTrue(f.exampleRewrite().isPresent(), f::toString);
        }
    }
}
