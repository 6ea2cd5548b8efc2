package commonground.scenarios;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking a scenario file: the scenario when it is usable, otherwise the
 * problems, each naming the file, the step id and the field.
 */
public record ScenarioCheck(Optional<Scenario> scenario, List<String> problems) {

    public ScenarioCheck {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty() && scenario.isPresent();
    }

    static ScenarioCheck ok(Scenario scenario) {
        return new ScenarioCheck(Optional.of(scenario), List.of());
    }

    static ScenarioCheck failed(List<String> problems) {
        return new ScenarioCheck(Optional.empty(), problems);
    }
}
