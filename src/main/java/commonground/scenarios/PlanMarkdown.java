package commonground.scenarios;

import commonground.content.Practices;

import java.util.List;
import java.util.Map;

/** The end of a run as Markdown: the user's own answers, in the order the steps were taken. */
public final class PlanMarkdown {


    private PlanMarkdown() {
    }

    /** The answered steps of a walk, in order; info steps, the safety question and blank answers are left out. */
    public static List<Step> answered(List<Step> steps, Map<String, String> answers) {
        // The answer to the safety question stays out of plans, which are made to be copied and saved.
        return steps.stream().filter(s -> s.kind() != StepKind.INFO && !SafetySteps.QUESTION.equals(s.id()))
                .filter(s -> !answers.getOrDefault(s.id(), "").isBlank()).toList();
    }

    /**
     * The user's text as Markdown that shows each line on its own line, as it was written: a line
     * followed by another ends with two spaces (a line break in Markdown, which would otherwise run
     * the lines together into one); blank lines still part paragraphs.
     */
    public static String keepLines(String text) {
        String[] lines = (text == null ? "" : text.strip()).split("\\R", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            out.append(line);
            if (i < lines.length - 1) {
                out.append(!line.isEmpty() && !lines[i + 1].isBlank() ? "  \n" : "\n");
            }
        }
        return out.toString();
    }

    public static String render(ScenarioRun run, List<Step> steps, Map<String, String> answers, Practices practices) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(run.scenarioTitle()).append("\n\n");
        md.append(run.personName() == null ? "" : "About " + run.personName() + ". ")
                .append("Started ").append(commonground.shell.Dates.day(run.startedAt())).append(".\n");
        List<Step> answered = answered(steps, answers);
        if (answered.isEmpty()) {
            md.append("\nNo answers were written in this walk-through.\n");
        }
        for (Step step : answered) {
            md.append("\n## ").append(step.title()).append("\n\n");
            md.append("*").append(String.join(", ", step.practices().stream().map(practices::nameOf).toList()))
                    .append("*\n\n");
            String answer = answers.get(step.id()).strip();
            if (step.kind() == StepKind.CHECKLIST) {
                for (String item : step.items()) {
                    if (ChecklistAnswer.ticked(answer).contains(item)) {
                        md.append("- [x] ").append(item).append('\n');
                    }
                }
            } else if (step.kind() == StepKind.CHOICE) {
                md.append("Chosen: ").append(answer).append('\n');
            } else {
                md.append(keepLines(answer)).append('\n');
            }
        }
        return md.toString();
    }
}
