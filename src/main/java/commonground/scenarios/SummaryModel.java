package commonground.scenarios;

import commonground.storage.PrivateFiles;
import commonground.content.Practices;
import commonground.shell.DatabaseThread;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The end of a run: the user's own answers, in step order, as a plan to revisit, copy or save. */
public final class SummaryModel {

    /** One answered step as shown: its title, practice names and the answer's lines. */
    public record Entry(String stepId, String title, List<String> practices, StepKind kind, List<String> lines) {
    }


    private final DatabaseThread dbThread;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper about = new ReadOnlyStringWrapper(this, "about", "");
    private final ReadOnlyStringWrapper markdown = new ReadOnlyStringWrapper(this, "markdown", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private String fileName = "plan.md";
    private ScenarioRun shown;

    SummaryModel(DatabaseThread dbThread) {
        this.dbThread = dbThread;
    }

    void show(ScenarioRun run, Walk walk, Practices practices) {
        shown = run;
        title.set(run.scenarioTitle());
        about.set((run.personName() == null ? "" : "About " + run.personName() + "  ·  ") + "Started "
                + commonground.shell.Dates.day(run.startedAt()) + "  ·  " + (run.finished() || walk.finished() ? "Finished" : "In progress"));
        Map<String, String> answers = walk.answers();
        List<Step> steps = walk.stepsTaken();
        entries.setAll(PlanMarkdown.answered(steps, answers).stream().map(s -> new Entry(s.id(), s.title(),
                s.practices().stream().map(id -> practices == null ? id : practices.nameOf(id)).toList(), s.kind(),
                lines(s, answers.get(s.id())))).toList());
        markdown.set(practices == null ? "" : PlanMarkdown.render(run, steps, answers, practices));
        fileName = run.scenarioId() + "-plan.md";
        message.set("");
    }

    private static List<String> lines(Step step, String answer) {
        if (step.kind() == StepKind.CHECKLIST) {
            return ChecklistAnswer.ticked(answer);
        }
        return List.of(answer.strip());
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty aboutProperty() {
        return about.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty markdownProperty() {
        return markdown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    /** The walk-through shown, or null. */
    ScenarioRun shownRun() {
        return shown;
    }

    /** A file name to suggest when saving. */
    public String suggestedFileName() {
        return fileName;
    }

    void problem(String text) {
        message.set(text);
    }

    public void copied() {
        message.set("The plan was copied. You can paste it anywhere.");
    }

    /** Writes the plan as Markdown to {@code file}, away from the JavaFX thread. */
    public void saveMarkdown(Path file) {
        String text = markdown.get();
        dbThread.run(() -> {
                    PrivateFiles.writeString(file, text);
                    return null;
                },
                ok -> message.set("Saved to " + file + "."),
                error -> message.set("The plan could not be saved there: " + error.getMessage()));
    }
}
