package commonground.scenarios;

import commonground.care.CareNotices;
import commonground.care.DistressNotice;
import commonground.care.SafetyAnswer;
import commonground.care.SafetyNotice;
import commonground.shell.DatabaseThread;
import commonground.shell.Pauses;
import commonground.storage.StorageException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One walk through a scenario, a step at a time. Every answer is saved as it is typed (after a
 * short pause, on the database thread), and again on Back, Next and on leaving, so nothing
 * typed is lost.
 */
public final class RunViewModel {

    static final Duration AUTOSAVE_DELAY = Duration.millis(400);

    private final ScenarioRepository repository;
    private final DatabaseThread dbThread;
    private final Consumer<Walk> onFinished;
    private final Pauses.Pause autosave;
    private final BiConsumer<Long, SafetyAnswer> onSafetyAnswer;
    private final Map<String, String> pending = new LinkedHashMap<>();
    /**
     * Each written answer as this walk-through last read or saved it: a save is typed over it, so an
     * answer another computer changed meanwhile is kept as a conflict copy, not silently replaced.
     */
    private final Map<String, String> bases = new java.util.HashMap<>();
    /** True once a save of this walk-through kept another computer's answer: said after each save until another opens. */
    private boolean keptOther;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final StringProperty answer = new SimpleStringProperty(this, "answer", "");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState", "");
    private final BooleanProperty saveProblem = new SimpleBooleanProperty(this, "saveProblem", false);
    private final IntegerProperty position = new SimpleIntegerProperty(this, "position", 1);
    private final IntegerProperty total = new SimpleIntegerProperty(this, "total", 1);
    private final BooleanProperty canBack = new SimpleBooleanProperty(this, "canBack", false);
    private final BooleanProperty canNext = new SimpleBooleanProperty(this, "canNext", false);
    private final ObjectProperty<ScenarioRun> run = new SimpleObjectProperty<>(this, "run");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private java.util.function.Function<ScenarioRun, String> aboutName =
            r -> commonground.people.Person.shortened(r.personName());
    private final ReadOnlyStringWrapper safetyNote = new ReadOnlyStringWrapper(this, "safetyNote", "");
    private Walk walk;
    private boolean loading;
    /** The gentle notice beside the answer; it never holds up a save. */
    private final DistressNotice distress;
    /** The answer when the user writes it (not a chosen option or ticked items), for the notice. */
    private final StringProperty written = new SimpleStringProperty(this, "written", "");

    public RunViewModel(ScenarioRepository repository, DatabaseThread dbThread, Consumer<Walk> onFinished,
                        Pauses pauses) {
        this(repository, dbThread, onFinished, pauses, CareNotices.inMemory());
    }

    /** With the gentle notices shared across the app. */
    public RunViewModel(ScenarioRepository repository, DatabaseThread dbThread, Consumer<Walk> onFinished,
                        Pauses pauses, CareNotices care) {
        this(repository, dbThread, onFinished, pauses, care, (person, answer) -> { });
    }

    /**
     * @param onSafetyAnswer called with the person's id and the answer when the safety question is
     *                       answered in a walk-through about someone (not for "I'd rather not answer")
     */
    public RunViewModel(ScenarioRepository repository, DatabaseThread dbThread, Consumer<Walk> onFinished,
                        Pauses pauses, CareNotices care, BiConsumer<Long, SafetyAnswer> onSafetyAnswer) {
        this.distress = new DistressNotice(care, "answer", written);
        answer.addListener((obs, old, now) -> written.set(writes(step.get()) && now != null ? now : ""));
        this.repository = repository;
        this.dbThread = dbThread;
        this.onFinished = onFinished;
        this.onSafetyAnswer = onSafetyAnswer;
        this.autosave = pauses.create(AUTOSAVE_DELAY, this::saveAnswers);
        answer.addListener((obs, old, now) -> answerChanged(now));
        run.addListener((obs, old, now) -> heading.set(now == null ? "" : now.scenarioTitle()
                + (now.personName() == null ? "" : "\u00a0 \u00b7\u00a0about " + aboutName.apply(now))));
    }

    /** How the heading and notes name whom a walk-through is about ("Sam, your friend" beside another Sam). */
    public void setAboutName(java.util.function.Function<ScenarioRun, String> aboutName) {
        this.aboutName = aboutName;
    }

    /** The walk-through's heading: its question and whom it is about, told apart from a namesake. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Shows a run at its current step, with its answers and the path taken. */
    public void open(ScenarioRun run, Walk walk) {
        open(run, walk, null);
    }

    /**
     * Shows a run; {@code safety} is the answer about the person it is about (null for none): after a
     * Yes or "I'm not sure" a line says, in words that follow the answer, why suggestions about waiting
     * and staying close are not shown.
     */
    public void open(ScenarioRun run, Walk walk, SafetyAnswer safety) {
        flush();
        safetyNote.set(safety != null && safety.safetyFirst() ? SafetyNotice.instead(
                run.personName() == null ? null : aboutName.apply(run), safety) : "");
        this.run.set(run);
        this.walk = walk;
        bases.clear();
        bases.putAll(walk.answers());
        keptOther = false;
        saveState.set("");
        saveProblem.set(false);
        showCurrent();
    }

    /** True when Next would finish the scenario. */
    public boolean nextFinishes() {
        return walk != null && Scenario.END.equals(walk.scenario().nextAfter(walk.current(),
                walk.answer(walk.current().id())));
    }

    /** Non-empty for a walk-through about someone the user may be afraid of: says why, and where help is. */
    public ReadOnlyStringProperty safetyNoteProperty() {
        return safetyNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The answer to the current step: text, the chosen option's label, or the ticked items one per line. */
    public StringProperty answerProperty() {
        return answer;
    }

    /** True while the gentle notice should show beside the answer (see {@link DistressNotice}). */
    public javafx.beans.property.ReadOnlyBooleanProperty showDistressCardProperty() {
        return distress.showingProperty();
    }

    public DistressNotice distressNotice() {
        return distress;
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public BooleanProperty saveProblemProperty() {
        return saveProblem;
    }

    public IntegerProperty positionProperty() {
        return position;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public BooleanProperty canBackProperty() {
        return canBack;
    }

    public BooleanProperty canNextProperty() {
        return canNext;
    }

    public ObjectProperty<ScenarioRun> runProperty() {
        return run;
    }

    public Scenario scenario() {
        return walk == null ? null : walk.scenario();
    }

    private void answerChanged(String text) {
        if (loading || walk == null) {
            return;
        }
        String id = walk.current().id();
        walk.answer(id, text == null ? "" : text);
        pending.put(id, walk.answer(id));
        canNext.set(walk.canGoOn());
        if (tooLong()) {
            return;
        }
        saveState.set("");
        autosave.playFromStart();
    }

    private static boolean writes(Step step) {
        return step != null && (step.kind() == StepKind.REFLECT || step.kind() == StepKind.PLAN
                || step.kind() == StepKind.DRAFT);
    }

    private boolean tooLong() {
        String text = answer.get() == null ? "" : answer.get();
        if (text.length() <= ScenarioRun.MAX_ANSWER) {
            return false;
        }
        autosave.stop();
        saveProblem.set(true);
        saveState.set("This answer is " + text.length() + " characters long, more than the " + ScenarioRun.MAX_ANSWER
                + " that can be saved. Your text is still here; please shorten it to go on.");
        return true;
    }

    public void next() {
        if (walk == null || !walk.canGoOn() || tooLong()) {
            return;
        }
        if (SafetySteps.QUESTION.equals(walk.current().id()) && walk.scenario().asksAboutSafety()) {
            safetyAnswered(SafetySteps.answerFor(walk.answer(walk.current().id())));
        }
        boolean done = walk.next();
        saveProgress(done);
        if (done) {
            onFinished.accept(walk);
        } else {
            showCurrent();
        }
    }

    public void back() {
        if (walk == null || !walk.canGoBack() || tooLong()) {
            return;
        }
        walk.back();
        saveProgress(false);
        showCurrent();
    }

    private void safetyAnswered(SafetyAnswer answer) {
        ScenarioRun current = run.get();
        if (answer == null || current == null || current.personId() == null) {
            return;
        }
        onSafetyAnswer.accept(current.personId(), answer);
        safetyNote.set(answer.safetyFirst() ? SafetyNotice.instead(current.personName(), answer) : "");
    }

    /**
     * Saves what is pending and lets the walk go (it was finished): nothing of it is saved again
     * later, so a plan opened again to change it stays open.
     */
    void finishedWith() {
        flush();
        walk = null;
    }

    /** Saves whatever is not saved yet; called on leaving the screen and on closing. */
    public void flush() {
        autosave.stop();
        if (walk != null && !tooLong()) {
            saveAnswers();
            saveProgress(walk.finished());
        }
    }

    private void showCurrent() {
        loading = true;
        try {
            Step current = walk.current();
            ScenarioRun shown = run.get();
            distress.setItem(shown == null ? null : "answer:" + shown.uuid() + ":" + current.id());
            answer.set(walk.answer(current.id()));
            step.set(current);
            written.set(writes(current) ? answer.get() : "");
        } finally {
            loading = false;
        }
        position.set(walk.position());
        total.set(walk.expectedTotal());
        canBack.set(walk.canGoBack());
        canNext.set(walk.canGoOn());
    }

    static final String ALSO_CHANGED = "Saved. This answer was also changed on another computer; the other version "
            + "is kept on the Sync page.";

    private void saveAnswers() {
        autosave.stop();
        if (pending.isEmpty() || run.get() == null) {
            return;
        }
        long runId = run.get().id();
        Map<String, String> batch = new LinkedHashMap<>(pending);
        Map<String, String> over = new java.util.HashMap<>();
        batch.keySet().stream().filter(step -> walk.scenario().step(step).map(s -> s.kind().takesText()).orElse(false))
                .forEach(step -> over.put(step, bases.getOrDefault(step, "")));
        pending.clear();
        dbThread.run(() -> repository.saveAnswers(runId, batch, over), kept -> {
            boolean same = run.get() != null && run.get().id() == runId;
            if (same) {
                bases.putAll(batch);
                keptOther |= kept;
            }
            if (pending.isEmpty()) {
                saveProblem.set(false);
                saveState.set(same && keptOther ? ALSO_CHANGED : "Saved");
            }
        }, error -> {
            batch.forEach(pending::putIfAbsent);
            reportSaveProblem(error);
        });
    }

    private void saveProgress(boolean finished) {
        saveAnswers();
        if (run.get() == null) {
            return;
        }
        long runId = run.get().id();
        String current = walk.current().id();
        var path = walk.path();
        dbThread.run(() -> {
            repository.saveProgress(runId, current, path, finished);
            return null;
        }, ok -> { }, this::reportSaveProblem);
    }

    private void reportSaveProblem(Throwable error) {
        saveProblem.set(true);
        if (error instanceof StorageException se && se.isDiskFull()) {
            saveState.set("The disk is full, so this could not be saved yet. Your text is still here; "
                    + "it will be saved as soon as there is space and you type again.");
        } else {
            saveState.set("This could not be saved: " + error.getMessage() + " Your text is still here.");
        }
    }
}
