package commonground.scenarios;

import commonground.content.Practices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every built-in scenario loads, is valid, has a real branch, and every step is reachable. */
class BuiltInScenariosTest {

    static List<BuiltInScenarios.Source> all;

    @BeforeAll
    static void load() throws Exception {
        Set<String> practices = Practices.load().all().stream().map(p -> p.id()).collect(Collectors.toSet());
        all = BuiltInScenarios.load(new ScenarioValidator(practices));
    }

    @Test
    void theSevenScenariosAreThere() {
        assertEquals(7, all.size());
        assertTrue(all.stream().anyMatch(s -> s.scenario().title().startsWith("I heard through the grapevine")));
    }

    @Test
    void eachHasSixToTwelveOwnStepsMixingKindsWithARealBranch() {
        for (BuiltInScenarios.Source source : all) {
            Scenario s = source.scenario();
            // The three steps of the safety question are the app's, not the scenario's own.
            long own = s.steps().stream().filter(st -> !SafetySteps.IDS.contains(st.id())).count();
            assertTrue(own >= 6 && own <= 16, s.id() + " has " + own);
            Set<StepKind> kinds = s.steps().stream().map(Step::kind).collect(Collectors.toSet());
            assertTrue(kinds.size() >= 4, s.id() + " uses only " + kinds);
            assertTrue(kinds.contains(StepKind.PLAN), s.id() + " has no plan step");
            boolean branches = s.steps().stream().filter(st -> st.kind() == StepKind.CHOICE)
                    .anyMatch(st -> new HashSet<>(s.successors(st)).size() > 1);
            assertTrue(branches, s.id() + " has no choice that branches");
        }
    }

    @Test
    void everyStepIsReachableAndEveryPathEnds() {
        for (BuiltInScenarios.Source source : all) {
            Scenario s = source.scenario();
            Set<String> seen = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(s.first().id()));
            boolean endSeen = false;
            while (!todo.isEmpty()) {
                String id = todo.pop();
                if (Scenario.END.equals(id)) {
                    endSeen = true;
                } else if (seen.add(id)) {
                    todo.addAll(s.successors(s.step(id).orElseThrow()));
                }
            }
            assertEquals(s.steps().size(), seen.size(), s.id() + ": unreachable steps");
            assertTrue(endSeen, s.id());
            for (Step st : s.steps()) {
                assertTrue(s.stepsLeftFrom(st.id()) >= 1);
            }
        }
    }

    @Test
    void theAgendaCheckAndTheGrapevineEndingsAreThere() {
        Scenario agenda = find("my-agenda");
        assertTrue(agenda.steps().stream().anyMatch(st -> st.title().contains("What do I want from this conversation")));
        assertTrue(agenda.steps().stream().anyMatch(st -> st.title().contains("Could I accept it if they don't open up")));
        Scenario grapevine = find("grapevine");
        Step decide = grapevine.step("decide").orElseThrow();
        assertEquals(Set.of("opener", "let-it-be"), new HashSet<>(grapevine.successors(decide)));
        assertEquals(Scenario.END, grapevine.nextAfter(grapevine.step("opener-plan").orElseThrow(), ""));
    }

    @Test
    void noCheeringExclamationMarksAnywhere() {
        for (BuiltInScenarios.Source source : all) {
            assertFalse(source.yaml().contains("!"), source.scenario().id() + " contains '!'");
        }
    }

    private static Scenario find(String id) {
        return all.stream().map(BuiltInScenarios.Source::scenario).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow();
    }
}
