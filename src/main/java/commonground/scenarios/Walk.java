package commonground.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a person is in a scenario: the current step, the steps taken to get there (for Back),
 * and the answers so far. Plain logic, no JavaFX; the run view model drives it.
 */
public final class Walk {

    private final Scenario scenario;
    private final List<String> path;
    private final Map<String, String> answers;
    private String current;
    private boolean finished;

    public Walk(Scenario scenario, String current, List<String> path, Map<String, String> answers, boolean finished) {
        this.scenario = scenario;
        this.current = scenario.step(current).isPresent() ? current : scenario.first().id();
        this.path = new ArrayList<>(path.stream().filter(id -> scenario.step(id).isPresent()).toList());
        this.answers = new HashMap<>(answers);
        this.finished = finished;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Step current() {
        return scenario.step(current).orElseThrow();
    }

    public List<String> path() {
        return List.copyOf(path);
    }

    public boolean finished() {
        return finished;
    }

    public String answer(String stepId) {
        return answers.getOrDefault(stepId, "");
    }

    public void answer(String stepId, String text) {
        answers.put(stepId, text);
    }

    public Map<String, String> answers() {
        return Map.copyOf(answers);
    }

    public boolean canGoBack() {
        return !path.isEmpty();
    }

    /** A choice needs an option picked before moving on; other steps may be left blank. */
    public boolean canGoOn() {
        Step step = current();
        return step.kind() != StepKind.CHOICE || unansweredSafety(step)
                || step.options().stream().anyMatch(o -> o.label().equals(answer(step.id())));
    }

    /** The safety question says "You don't have to answer": Next with nothing chosen means just that. */
    private boolean unansweredSafety(Step step) {
        return SafetySteps.QUESTION.equals(step.id()) && scenario.asksAboutSafety()
                && step.options().stream().noneMatch(o -> o.label().equals(answer(step.id())));
    }

    /** Moves to the step the current answer leads to; returns true when that finished the scenario. */
    public boolean next() {
        if (!canGoOn()) {
            return false;
        }
        if (unansweredSafety(current())) {
            answer(current, SafetySteps.SKIP);
        }
        String next = scenario.nextAfter(current(), answer(current));
        if (Scenario.END.equals(next)) {
            finished = true;
            return true;
        }
        path.add(current);
        current = next;
        return false;
    }

    public void back() {
        if (canGoBack()) {
            current = path.remove(path.size() - 1);
            finished = false;
        }
    }

    /** 1 for the first step. */
    public int position() {
        return path.size() + 1;
    }

    /** The step count of the shortest way from here to the end, plus the steps already taken. */
    public int expectedTotal() {
        return path.size() + scenario.stepsLeftFrom(current);
    }

    /** The steps taken, in order, including the current one. */
    public List<Step> stepsTaken() {
        List<Step> out = new ArrayList<>();
        path.forEach(id -> scenario.step(id).ifPresent(out::add));
        out.add(current());
        return out;
    }
}
