package commonground.scenarios;

import commonground.shell.Dialogs;
import java.util.function.BooleanSupplier;

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
    private ScenarioRun shown;
    private final ReadOnlyStringWrapper practiceFor = new ReadOnlyStringWrapper(this, "practiceFor", "");

    private final Dialogs dialogs;
    /** Whether the passphrase lock is on, so a plan leaving the app is a plan leaving its protection. */
    private BooleanSupplier lockOn = () -> false;

    SummaryModel(DatabaseThread dbThread, Dialogs dialogs) {
        this(dbThread, dialogs, null);
    }

    /** {@code comeBack} is the "Come back to this on" field, or null for none. */
    SummaryModel(DatabaseThread dbThread, Dialogs dialogs, commonground.shell.ComeBackChoice comeBack) {
        this.dbThread = dbThread;
        this.dialogs = dialogs;
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

    /** Tells the summary whether the lock is on, to warn before a plan is copied or saved. */
    public void warnWhenLocked(BooleanSupplier lockOn) {
        this.lockOn = lockOn;
    }

    /**
     * Whether the plan may be copied: with the lock on, the user is told first that a copy is not
     * protected (as exports do), and that the app takes it off the clipboard again after a minute.
     */
    public boolean mayCopy() {
        return !lockOn.getAsBoolean() || dialogs.confirm("Copy this plan?", "What you paste it into is not "
                + "protected by the lock: anyone who can see it there can read it. The app takes the plan off the "
                + "clipboard again after a minute, or when it locks.", "Copy");
    }

    /** Whether the plan may be saved: with the lock on, the user is told first that the file is not protected. */
    public boolean maySave() {
        return !lockOn.getAsBoolean() || dialogs.confirm("Save this plan as a file?", "The file is not "
                + "protected by the lock, even though the lock is on: anyone who has the file can read it. Keep it "
                + "somewhere private.", "Choose a file");
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
        practiceFor.set(run.finished() || walk.finished() ? run.scenarioId() : "");
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

    /** Drops the plan shown (the user's answers), as the app locks. */
    void forget() {
        shown = null;
        entries.clear();
        markdown.set("");
        message.set("");
    }

    private static List<String> lines(Step step, String answer) {
        if (step.kind() == StepKind.CHECKLIST) {
            return ChecklistAnswer.ticked(answer);
        }
        return List.of(answer.strip());
    }

    /** The id of the finished walk-through, for "Practise this conversation"; empty while in progress. */
    public ReadOnlyStringProperty practiceForProperty() {
        return practiceFor.getReadOnlyProperty();
    }

    /** The person the walk-through shown is about (null for no one in particular), for "Practise this conversation". */
    public Long practicePersonId() {
        return shown == null ? null : shown.personId();
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
        message.set(lockOn.getAsBoolean() ? "The plan was copied. It leaves the clipboard again after a minute."
                : "The plan was copied. You can paste it anywhere.");
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
