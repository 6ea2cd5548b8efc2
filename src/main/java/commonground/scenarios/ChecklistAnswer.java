package commonground.scenarios;

import java.util.List;

/** A checklist answer is the ticked items, one per line, in the order of the checklist. */
public final class ChecklistAnswer {

    private ChecklistAnswer() {
    }

    public static List<String> ticked(String answer) {
        return answer == null || answer.isBlank() ? List.of() : answer.lines().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    public static String of(Step step, List<String> ticked) {
        return String.join("\n", step.items().stream().filter(ticked::contains).toList());
    }
}
