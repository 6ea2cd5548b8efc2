package commonground.scenarios;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Past runs can be listed per scenario and per person. */
class RunFilterTest {

    private static ScenarioRun run(String scenarioId, Long personId) {
        return new ScenarioRun(1, "u", 1, scenarioId, 1, "T", personId, personId == null ? null : "P", "a", List.of(),
                Instant.now(), Instant.now(), null);
    }

    @Test
    void filtersByScenarioAndByPerson() {
        List<ScenarioRun> runs = List.of(run("grapevine", 1L), run("grapevine", null), run("open-up", 1L),
                run("open-up", 2L));
        assertEquals(4, runs.stream().filter(r -> RunFilter.ALL.matches(r, "grapevine")).count());
        assertEquals(2, runs.stream().filter(r -> RunFilter.THIS_SCENARIO.matches(r, "grapevine")).count());
        assertEquals(2, runs.stream().filter(r -> RunFilter.about(1, "Mum").matches(r, "grapevine")).count());
        assertEquals("About Mum", RunFilter.about(1, "Mum").toString());
    }
}
