package commonground.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageCoachTest {

    private static final LanguageCoach COACH = new LanguageCoach();

    private static Finding only(String text) {
        List<Finding> findings = COACH.review(text).findings();
        assertEquals(1, findings.size(), () -> text + " -> " + findings);
        return findings.get(0);
    }

    private static void assertFlagged(String text) {
        assertTrue(COACH.review(text).flagged(), () -> "expected a finding in: " + text);
    }

    private static void assertClean(String text) {
        Review r = COACH.review(text);
        assertFalse(r.flagged(), () -> "expected no finding in: " + text + " -> " + r.findings());
    }

    @Nested
    class Kinds {
        @ParameterizedTest(name = "{1} -> {0}")
        @CsvSource(delimiter = '|', value = {
            "JUDGMENT|You're selfish.",
            "JUDGMENT|That's a ridiculous way to react.",
            "JUDGMENT|What is wrong with you?",
            "JUDGMENT|You're overreacting.",
            "JUDGMENT|Whatever, you clearly don't care.",
            "DEMAND|You need to open up to me.",
            "DEMAND|Stop shutting me out.",
            "DEMAND|Tell me what you're thinking.",
            "ABSOLUTE|You never want to do anything.",
            "ABSOLUTE|You always change the subject.",
            "PRESSURE_TO_SHARE|Why won't you talk to me?",
            "PRESSURE_TO_SHARE|Why can't you just be normal?",
            "DISGUISED_JUDGMENT|I feel like you never listen.",
            "DISGUISED_JUDGMENT|I need you to stop being so distant.",
            "ULTIMATUM|If you don't talk to me, I'm leaving.",
            "ULTIMATUM|Talk to me or we're through.",
        })
        void eachKindIsRecognised(FindingKind kind, String text) {
            Review r = COACH.review(text);
            assertTrue(r.findings().stream().anyMatch(f -> f.kind() == kind), () -> text + " -> " + r.findings());
        }

        @Test
        void findingsCarryExplanationDirectionAndExample() {
            Finding f = only("You're selfish.");
            assertEquals("Calling someone 'selfish' is a judgment; they are likely to defend rather than hear you.",
                    f.explanation());
            assertEquals("Say what you saw, and what you need.", f.direction());
            assertTrue(f.exampleRewrite().isPresent());
            assertEquals("you-are-trait", f.ruleId());
        }
    }

    @Nested
    class Distinctions {
        @ParameterizedTest
        @ValueSource(strings = {"I should call my sister tomorrow.", "I never know what to cook on Mondays.",
            "We should go camping this summer.", "My boss never listens to anyone.", "I always forget my keys.",
            "I love you always.", "Thank you for always being there for me."})
        void somebodyOtherThanYouAsSubjectIsNotFlagged(String text) {
            assertClean(text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"You should see a therapist.", "You never listen to me.", "You always change the subject.",
            "I know you always twist my words."})
        void youAsSubjectIsFlagged(String text) {
            assertFlagged(text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"You always make the best pancakes.", "You always know how to cheer me up.",
            "You're always so thoughtful with gifts.", "Every time I see you, I smile."})
        void appreciationIsNotFlagged(String text) {
            assertClean(text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"You always ruin the best moments.", "You always interrupt me.",
            "You're always on your phone."})
        void criticismIsFlagged(String text) {
            assertFlagged(text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"You're not selfish at all.", "I don't think you're lazy, I think you're exhausted.",
            "You don't have to say anything.", "You don't always have to be perfect.", "You never fail to make me laugh."})
        void negationIsRespected(String text) {
            assertClean(text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Why don't we grab lunch?", "Why don't you come with us on Saturday?",
            "Why don't we try that new trail on Sunday?", "Do you always take the bus to work?"})
        void invitationsAndCuriousQuestionsAreNotFlagged(String text) {
            assertClean(text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Why won't you talk to me?", "Why don't you ever talk to me?",
            "Why do you always shut down?", "Do you even care?"})
        void accusingQuestionsAreFlagged(String text) {
            assertFlagged(text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Tell me when you want the car back, no rush.", "I'm here whenever you'd like to talk.",
            "If you don't feel like going, that's totally fine.", "You must be worn out after that drive."})
        void roomForNoAndInferencesAreNotFlagged(String text) {
            assertClean(text);
        }
    }

    @Nested
    class Spans {
        @ParameterizedTest(name = "{0} -> [{1}]")
        @CsvSource(delimiter = '|', value = {
            "You're selfish.|You're selfish",
            "Honestly, you're just cold.|you're just cold",
            "I think you never listen to me.|you never listen to me",
            "I know you always twist my words.|you always",
            "Why do you always shut down?|Why do you always shut down",
            "If you don't talk to me, I'm leaving.|If you don't talk to me, I'm leaving",
            "Please, stop interrupting me.|Please, stop interrupting me",
        })
        void spanCoversTheFlaggedPhrase(String text, String phrase) {
            Finding f = COACH.review(text).findings().get(0);
            assertEquals(phrase, text.substring(f.start(), f.end()));
            assertEquals(phrase, f.phrase());
        }

        @Test
        void spansAreRelativeToTheWholeText() {
            String text = "I noticed you went quiet. You never tell me anything!  Why won't you just talk to me?";
            Review r = COACH.review(text);
            assertEquals(2, r.findings().size(), r.findings()::toString);
            for (Finding f : r.findings()) {
                assertEquals(f.phrase(), text.substring(f.start(), f.end()));
            }
            assertEquals(text.indexOf("You never"), r.findings().get(0).start());
            assertEquals(text.indexOf("Why won't"), r.findings().get(1).start());
            assertEquals(GoodMoveKind.OBSERVATION, r.goodMoves().get(0).kind());
            assertEquals(0, r.goodMoves().get(0).start());
        }

        @Test
        void curlyApostrophesAndCaseDoNotShiftSpans() {
            String text = "Okay. YOU’RE SO SELFISH.";
            Finding f = only(text);
            assertEquals("YOU’RE SO SELFISH", text.substring(f.start(), f.end()));
        }

        @Test
        void findingsDoNotOverlapAndAreOrdered() {
            Review r = COACH.review("You're so closed off all the time, and you never tell me anything. Stop it.");
            for (int i = 1; i < r.findings().size(); i++) {
                assertTrue(r.findings().get(i - 1).end() <= r.findings().get(i).start(), r.findings()::toString);
            }
        }

        @Test
        void splitsSentencesButNotAbbreviations() {
            assertEquals(List.of("Dr. Smith called.", "You never listen!", "Ok?"),
                    TextTools.sentences("Dr. Smith called. You never listen!   Ok?").stream()
                            .map(s -> "Dr. Smith called. You never listen!   Ok?".substring(s[0], s[1])).toList());
        }
    }

    @Nested
    class GoodMoves {
        @ParameterizedTest(name = "{1} -> {0}")
        @CsvSource(delimiter = '|', value = {
            "OBSERVATION|I notice you went quiet when I mentioned your brother.",
            "CONSENT|Would you be open to talking about this another time?",
            "CONSENT|No pressure at all; if and when you want to talk, I'm here.",
            "I_STATEMENT|I feel nervous bringing this up, and I want us to be close.",
            "I_STATEMENT|I need some quiet time this evening to recharge.",
            "REQUEST_WITH_ROOM|Let's grab coffee on Sunday.",
            "APPRECIATION|Thanks for fixing the sink yesterday.",
        })
        void goodMovesAreNoticed(GoodMoveKind kind, String text) {
            Review r = COACH.review(text);
            assertFalse(r.flagged(), r.findings()::toString);
            assertTrue(r.goodMoves().stream().anyMatch(g -> g.kind() == kind), () -> text + " -> " + r.goodMoves());
            r.goodMoves().forEach(g -> assertEquals(g.phrase(), text.substring(g.start(), g.end())));
        }

        @Test
        void goodMovesAreNotFindings() {
            Review r = COACH.review("I'd like to hear about your day, if you feel like sharing.");
            assertTrue(r.findings().isEmpty());
            assertFalse(r.goodMoves().isEmpty());
        }

        @Test
        void noGoodMovesInAFlaggedSentence() {
            assertTrue(COACH.review("I'd love it if you stopped being so selfish.").goodMoves().isEmpty());
        }
    }

    @Nested
    class Edges {
        @Test
        void emptyAndNullGiveAnEmptyReview() {
            assertTrue(COACH.review(null).findings().isEmpty());
            assertTrue(COACH.review("   \n ").findings().isEmpty());
            assertTrue(COACH.review("").goodMoves().isEmpty());
        }

        @Test
        void defaultRulesAreShared() {
            assertTrue(new LanguageCoach().rules() == new LanguageCoach().rules());
        }

        @Test
        void wordingIsCalmAndPlain() {
            CoachRules rules = CoachRules.defaults();
            for (CoachRules.Rule rule : rules.rules()) {
                String all = rule.explanation() + rule.direction() + rule.example().orElse("");
                assertFalse(all.contains("!"), rule.id() + " uses an exclamation mark");
            }
            for (CoachRules.MoveRule move : rules.moves()) {
                assertFalse(move.message().contains("!"), move.id() + " uses an exclamation mark");
            }
        }
    }
}
