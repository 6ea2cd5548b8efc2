package commonground.scenarios;

import commonground.care.SafetyAnswer;
import commonground.content.Practices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The walk-throughs' safe paths, checked on the graph of steps: once someone says they may be
 * afraid, or that there has been talk of not wanting to live, no path goes on to advice about
 * patience or staying close.
 */
class SafePathsTest {

    static Map<String, Scenario> byId;

    @BeforeAll
    static void load() throws Exception {
        byId = new java.util.HashMap<>();
        for (BuiltInScenarios.Source s : BuiltInScenarios.load(ScenarioLibrary.validatorFor(Practices.load()))) {
            byId.put(s.scenario().id(), s.scenario());
        }
    }

    /** Every step reachable after answering {@code label} at {@code stepId}, and whether the end is reached. */
    private static Set<String> reachableAfter(Scenario s, String stepId, String label) {
        Step step = s.step(stepId).orElseThrow();
        assertTrue(step.options().stream().anyMatch(o -> o.label().equals(label)), label);
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(s.nextAfter(step, label)));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (!seen.add(id) || Scenario.END.equals(id)) {
                continue;
            }
            queue.addAll(s.successors(s.step(id).orElseThrow()));
        }
        return seen;
    }

    @Test
    void afterTalkOfNotWantingToLiveTheWalkStaysWithGettingSupportAndEnds() {
        Scenario s = byId.get("unhappy-means-wrong");
        Step safety = s.step("safety").orElseThrow();
        String label = safety.options().stream().map(ChoiceOption::label)
                .filter(l -> l.contains("not wanting to live")).findFirst().orElseThrow();
        Set<String> reachable = reachableAfter(s, "safety", label);
        assertEquals(Set.of("crisis", "crisis-plan", Scenario.END), reachable);
        assertFalse(reachable.contains("plan-step"), "never the tea step");
        for (String id : reachable) {
            s.step(id).ifPresent(step -> assertFalse((step.example() == null ? "" : step.example()).contains("tea"),
                    id + ": " + step.example()));
        }
        assertTrue(s.step("crisis").orElseThrow().text().contains("Help and support (F1)"));

        Walk walk = new Walk(s, "safety", List.of(), Map.of(), false);
        walk.answer("safety", label);
        walk.next();
        assertEquals("crisis", walk.current().id());
        walk.next();
        assertEquals("crisis-plan", walk.current().id());
        assertTrue(walk.next(), "the walk ends after the plan for getting support");
    }

    @Test
    void theSafetyStepOffersIAmNotSure() {
        List<String> labels = byId.get("unhappy-means-wrong").step("safety").orElseThrow().options().stream()
                .map(ChoiceOption::label).toList();
        assertTrue(labels.contains("I'm not sure"), labels.toString());
    }

    @Test
    void aPersonWhoseIllnessIsAlreadyCaredForIsNotSentToTheDoctorForTheirMood() {
        // Tried with an ill dad, the question read as "his health": every answer was "yes".
        Step safety = byId.get("unhappy-means-wrong").step("safety").orElseThrow();
        assertTrue(safety.title().contains("mood"), safety.title());
        ChoiceOption cared = safety.options().stream().filter(o -> o.label().contains("illness is already known"))
                .findFirst().orElseThrow();
        assertEquals("name-it", cared.next());
    }

    @Test
    void theWalkThroughsWhereItMattersAskAboutSafetyAndAYesOrNotSureLeadsOnlyToTheSafePath() {
        for (String id : List.of("open-up", "wont-talk-feelings", "unhappy-means-wrong", "closure-ex-friend",
                "grapevine", "my-agenda")) {
            Scenario s = byId.get(id);
            assertTrue(s.asksAboutSafety(), id);
            assertEquals(SafetySteps.QUESTION, s.first().id(), id);
            List<String> labels = s.first().options().stream().map(ChoiceOption::label).toList();
            assertEquals(List.of("Yes", "No", "I'm not sure", SafetySteps.SKIP), labels, id);
            for (String fear : List.of("Yes", "I'm not sure")) {
                assertEquals(Set.of(SafetySteps.SAFE_PATH, SafetySteps.SUPPORT, Scenario.END),
                        reachableAfter(s, SafetySteps.QUESTION, fear), id + " after " + fear);
            }
            assertTrue(s.step(SafetySteps.SAFE_PATH).orElseThrow().text()
                    .contains("Help and support (F1) lists abuse support and emergency numbers"), id);
            assertTrue(reachableAfter(s, SafetySteps.QUESTION, "No").size() > 3, id);
            assertEquals(s.nextAfter(s.first(), "No"), s.nextAfter(s.first(), SafetySteps.SKIP), id);
        }
    }

    @Test
    void aWalkAboutSomeoneAlreadyAnsweredForStartsWhereTheAnswerLeads() {
        Scenario s = byId.get("open-up");
        assertEquals(SafetySteps.QUESTION, s.firstStepFor(null));
        assertEquals(SafetySteps.SAFE_PATH, s.firstStepFor(SafetyAnswer.YES));
        assertEquals(SafetySteps.SAFE_PATH, s.firstStepFor(SafetyAnswer.NOT_SURE));
        assertEquals("pressure", s.firstStepFor(SafetyAnswer.NO));
        assertEquals("hard-news", byId.get("dad-ill").firstStepFor(SafetyAnswer.YES), "dad-ill does not ask");
    }

    @Test
    void noStepAssumesHisOrHerOutsideTheScenarioAboutDad() {
        for (Scenario s : byId.values()) {
            if (s.id().equals("dad-ill")) {
                continue;
            }
            for (Step step : s.steps()) {
                String all = String.join(" ", step.title(), step.text(), step.example() == null ? "" : step.example(),
                        String.join(" ", step.items()), String.join(" ",
                                step.options().stream().map(ChoiceOption::label).toList()));
                for (String word : List.of("he", "him", "his", "she", "her", "hers", "He", "His", "She", "Her")) {
                    boolean mentionsAFriendByName = all.contains("my friend Jo and tell her");
                    if (mentionsAFriendByName && word.equalsIgnoreCase("her")) {
                        continue;
                    }
                    assertFalse(all.matches("(?s).*\\b" + word + "\\b.*"), s.id() + "/" + step.id() + " says '"
                            + word + "'");
                }
            }
        }
    }
}
