package commonground.scenarios;

import java.time.Instant;

/** One version of a scenario's text as kept in the database, so runs made with it stay readable. */
public record StoredScenario(long id, String scenarioId, int version, ScenarioOrigin origin, String title,
                             String yaml, Instant addedAt) {
}
