package commonground.scenarios;

import commonground.storage.PrivateFiles;
import commonground.content.Practices;
import commonground.shell.DatabaseThread;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The end of a run: the user's own answers, in step order, as a plan to revisit, copy or save. */
public final class SummaryModel {

    /** One answered step as shown: its title, practice names and the answer's lines. */
    public record Entry(String stepId, String title, List<String> practices, StepKind kind, List<String> lines) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    /** The walk-throughs about hard news, whose summary links to the long game's "Who knows what". */
    static final java.util.Set<String> HARD_NEWS = java.util.Set.of("dad-ill");

    private final DatabaseThread dbThread;
    private final commonground.shell.ComeBackChoice comeBack;
    private final javafx.beans.property.ReadOnlyBooleanWrapper whoKnows =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "whoKnows", false);
    private java.util.function.Consumer<String> openWhoKnows;
    private String shownScenario;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper about = new ReadOnlyStringWrapper(this, "about", "");
    private final ReadOnlyStringWrapper markdown = new ReadOnlyStringWrapper(this, "markdown", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private String fileName = "plan.md";

    SummaryModel(DatabaseThread dbThread) {
        this(dbThread, null);
    }

    /** {@code comeBack} is the "Come back to this on" field, or null for none. */
    SummaryModel(DatabaseThread dbThread, commonground.shell.ComeBackChoice comeBack) {
        this.dbThread = dbThread;
        this.comeBack = comeBack;
    }

    /** Links the summaries of hard-news walk-throughs to "Who knows what" ({@code open} takes the walk-through's id). */
    public void linkWhoKnowsWhat(java.util.function.Consumer<String> open) {
        this.openWhoKnows = open;
    }

    /** Whether the plan shown offers "Who knows what" (the {@code dad-ill} walk-through does). */
    public javafx.beans.property.ReadOnlyBooleanProperty whoKnowsProperty() {
        return whoKnows.getReadOnlyProperty();
    }

    /** Opens "Who knows what" for the walk-through shown. */
    public void openWhoKnowsWhat() {
        if (openWhoKnows != null && shownScenario != null) {
            openWhoKnows.accept(shownScenario);
        }
    }

    /** The "Come back to this on" field of the plan shown, or null when the app has none. */
    public commonground.shell.ComeBackChoice comeBack() {
        return comeBack;
    }

    void show(ScenarioRun run, Walk walk, Practices practices) {
        title.set(run.scenarioTitle());
        about.set((run.personName() == null ? "" : "About " + run.personName() + "  ·  ") + "Started "
                + WHEN.format(run.startedAt()) + "  ·  " + (run.finished() || walk.finished() ? "Finished" : "In progress"));
        Map<String, String> answers = walk.answers();
        List<Step> steps = walk.stepsTaken();
        entries.setAll(PlanMarkdown.answered(steps, answers).stream().map(s -> new Entry(s.id(), s.title(),
                s.practices().stream().map(id -> practices == null ? id : practices.nameOf(id)).toList(), s.kind(),
                lines(s, answers.get(s.id())))).toList());
        markdown.set(practices == null ? "" : PlanMarkdown.render(run, steps, answers, practices));
        fileName = run.scenarioId() + "-plan.md";
        shownScenario = run.scenarioId();
        whoKnows.set(openWhoKnows != null && HARD_NEWS.contains(run.scenarioId()));
        message.set("");
        if (comeBack != null) {
            // Suggested from what the plan says ("in two weeks"), else in two weeks.
            String planText = String.join("\n", entries.stream().filter(e -> e.kind() == StepKind.PLAN)
                    .flatMap(e -> e.lines().stream()).toList());
            comeBack.show(commonground.shell.ComeBackDates.PLAN, run.uuid(), run.personId(),
                    commonground.shell.ComeBackSuggestion.suggest(planText, comeBack.today(), java.time.Period.ofWeeks(2)));
        }
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

    /** A file name to suggest when saving. */
    public String suggestedFileName() {
        return fileName;
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
