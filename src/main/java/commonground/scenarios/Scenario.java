package commonground.scenarios;

import commonground.care.SafetyAnswer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A checked scenario: a short guided conversation with oneself, as a graph of steps. When
 * {@code asksAboutSafety}, its first steps are the safety question and the safe path
 * ({@link SafetySteps}).
 */
public record Scenario(String id, int version, String title, String summary, int minutes, List<Step> steps,
                       boolean asksAboutSafety) {

    /** The {@code next} value that finishes the scenario. */
    public static final String END = "end";

    public Scenario {
        steps = List.copyOf(steps);
    }

    public Scenario(String id, int version, String title, String summary, int minutes, List<Step> steps) {
        this(id, version, title, summary, minutes, steps, false);
    }

    /**
     * Where a walk-through about someone starts. A scenario that asks about safety starts with
     * the question, unless it was answered before: after a Yes or "I'm not sure" the walk goes
     * straight to the safe path, after a No to the scenario's own first step.
     */
    public String firstStepFor(SafetyAnswer answer) {
        if (!asksAboutSafety || answer == null) {
            return first().id();
        }
        if (answer.safetyFirst()) {
            return SafetySteps.SAFE_PATH;
        }
        return nextAfter(first(), SafetyAnswer.NO.label());
    }

    public Step first() {
        return steps.get(0);
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    /** The practice ids the steps build on, in order of first use. */
    public List<String> practices() {
        Set<String> all = new LinkedHashSet<>();
        steps.forEach(s -> all.addAll(s.practices()));
        return List.copyOf(all);
    }

    /**
     * Where a step leads once answered: for a choice, the chosen option's {@code next}; otherwise
     * the step's own {@code next}, or else the following step; {@link #END} after the last.
     */
    public String nextAfter(Step step, String answer) {
        if (step.kind() == StepKind.CHOICE) {
            for (ChoiceOption option : step.options()) {
                if (option.label().equals(answer) && option.next() != null) {
                    return option.next();
                }
            }
        }
        return defaultNext(step);
    }

    String defaultNext(Step step) {
        if (step.next() != null) {
            return step.next();
        }
        int index = steps.indexOf(step);
        return index + 1 < steps.size() ? steps.get(index + 1).id() : END;
    }

    /** Every step a step may lead to (all options of a choice), possibly {@link #END}. */
    public List<String> successors(Step step) {
        List<String> out = new ArrayList<>();
        if (step.kind() == StepKind.CHOICE) {
            for (ChoiceOption option : step.options()) {
                out.add(option.next() != null ? option.next() : defaultNext(step));
            }
        } else {
            out.add(defaultNext(step));
        }
        return out;
    }

    /**
     * The fewest steps still to take from {@code stepId} (counting it) to the end; 1 for a last step.
     * The short safe path does not count as a way to the end for someone not on it, so the progress
     * shown at the safety question is that of the scenario itself.
     */
    public int stepsLeftFrom(String stepId) {
        boolean onSafePath = SafetySteps.SAFE_PATH.equals(stepId) || SafetySteps.SUPPORT.equals(stepId);
        Map<String, Integer> distance = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        distance.put(stepId, 1);
        queue.add(stepId);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            Optional<Step> step = step(id);
            if (step.isEmpty()) {
                continue;
            }
            for (String next : successors(step.get())) {
                if (asksAboutSafety && !onSafePath && SafetySteps.SAFE_PATH.equals(next)) {
                    continue;
                }
                if (END.equals(next)) {
                    return distance.get(id);
                }
                if (!distance.containsKey(next)) {
                    distance.put(next, distance.get(id) + 1);
                    queue.add(next);
                }
            }
        }
        return 1;
    }
}
