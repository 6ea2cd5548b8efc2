package commonground.scenarios;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the paths through a scenario: every {@code next} names a step, every step can be
 * reached from the first, and from every step there is a way to the end (no closed loop).
 */
final class ScenarioGraphCheck {

    private final Scenario scenario;
    private final Problems problems;

    ScenarioGraphCheck(Scenario scenario, Problems problems) {
        this.scenario = scenario;
        this.problems = problems;
    }

    void run() {
        if (!targetsExist()) {
            return;
        }
        Set<String> reachable = reachableFromFirst();
        for (Step step : scenario.steps()) {
            if (!reachable.contains(step.id())) {
                problems.stepOnly(step.id(), "this step cannot be reached from the first step '"
                        + scenario.first().id() + "'; no step or option leads to it");
            }
        }
        Set<String> finishing = canFinish();
        for (Step step : scenario.steps()) {
            if (reachable.contains(step.id()) && !finishing.contains(step.id())) {
                List<String> loop = loopFrom(step, finishing);
                problems.step(loop.size() >= 2 ? loop.get(loop.size() - 2) : step.id(), "next", "these steps go round in a circle with no way "
                        + "to the end: " + String.join(" → ", loop));
                return;
            }
        }
    }

    private boolean targetsExist() {
        boolean ok = true;
        for (Step step : scenario.steps()) {
            if (step.next() != null && missing(step.next())) {
                problems.step(step.id(), "next", "leads to step '" + step.next() + "', which does not exist");
                ok = false;
            }
            for (int i = 0; i < step.options().size(); i++) {
                String next = step.options().get(i).next();
                if (next != null && missing(next)) {
                    problems.step(step.id(), "options[" + i + "].next", "leads to step '" + next
                            + "', which does not exist");
                    ok = false;
                }
            }
        }
        return ok;
    }

    private boolean missing(String id) {
        return !Scenario.END.equals(id) && scenario.step(id).isEmpty();
    }

    private Set<String> reachableFromFirst() {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(scenario.first().id()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (Scenario.END.equals(id) || !seen.add(id)) {
                continue;
            }
            scenario.step(id).ifPresent(s -> todo.addAll(scenario.successors(s)));
        }
        return seen;
    }

    /** The steps from which some path leads to the end. */
    private Set<String> canFinish() {
        Set<String> done = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Step step : scenario.steps()) {
                if (done.contains(step.id())) {
                    continue;
                }
                for (String next : scenario.successors(step)) {
                    if (Scenario.END.equals(next) || done.contains(next)) {
                        done.add(step.id());
                        grew = true;
                        break;
                    }
                }
            }
        }
        return done;
    }

    private List<String> loopFrom(Step start, Set<String> finishing) {
        List<String> path = new ArrayList<>();
        Step current = start;
        while (current != null && !path.contains(current.id())) {
            path.add(current.id());
            current = scenario.successors(current).stream().filter(id -> !finishing.contains(id))
                    .map(scenario::step).flatMap(java.util.Optional::stream).findFirst().orElse(null);
        }
        if (current == null) {
            return path;
        }
        List<String> loop = new ArrayList<>(path.subList(path.indexOf(current.id()), path.size()));
        loop.add(current.id());
        return loop;
    }
}
