package commonground.scenarios;

import commonground.storage.SealedColumn;

import java.time.Instant;
import java.util.List;

/**
 * One walk through a scenario. {@code path} is the steps taken before the current one, oldest
 * first, so Back works after a restart. {@code personId} and {@code personName} are null when
 * the run is about no one in particular.
 */
public record ScenarioRun(long id, String uuid, long scenarioTextId, String scenarioId, int scenarioVersion,
                          String scenarioTitle, Long personId, String personName, String currentStep,
                          List<String> path, Instant startedAt, Instant updatedAt, Instant finishedAt) {

    /** The most text one answer may hold. */
    public static final int MAX_ANSWER = SealedColumn.SCENARIO_ANSWER.maxChars();

    public ScenarioRun {
        path = List.copyOf(path);
    }

    public boolean finished() {
        return finishedAt != null;
    }
}
