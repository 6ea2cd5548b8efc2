package commonground.scenarios;

import java.util.List;

/**
 * One step of a scenario. {@code options} are used by choice steps, {@code items} by checklists;
 * {@code example} is an optional example phrase; {@code next} overrides the following step
 * ({@link Scenario#END} finishes the scenario).
 */
public record Step(String id, StepKind kind, String title, String text, List<String> practices,
                   List<ChoiceOption> options, List<String> items, String example, String next) {

    public Step {
        practices = List.copyOf(practices);
        options = List.copyOf(options);
        items = List.copyOf(items);
    }
}
