package commonground.scenarios;

import commonground.content.Practices;
import commonground.people.Person;
import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.shell.Pauses;
import commonground.shell.ReloadedList;
import commonground.people.PeopleRepository;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The Scenarios screen: the scenarios on offer, past runs (per scenario and per person), starting,
 * resuming, opening and deleting runs, importing packs, and the page being shown.
 */
public final class ScenariosViewModel {

    /** The page shown. */
    public enum Page { LIST, RUN, SUMMARY }

    /** "No one in particular", as an entry of the person choices. */
    public static final AboutChoice NO_ONE = AboutChoice.NO_ONE;

    private final ScenarioLibrary library;
    private final ScenarioRepository repository;
    private final PeopleRepository people;
    private final DatabaseThread dbThread;
    private final Dialogs dialogs;
    private final CompletableFuture<Practices> practices;
    private final RunViewModel runModel;
    private final SummaryModel summary;

    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page", Page.LIST);
    private final ObservableList<ScenarioLibrary.Offer> offers = FXCollections.observableArrayList();
    private final ObjectProperty<ScenarioLibrary.Offer> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<AboutChoice> personChoices = FXCollections.observableArrayList(NO_ONE);
    private final ObjectProperty<AboutChoice> startFor = new SimpleObjectProperty<>(this, "startFor", NO_ONE);
    private final ObservableList<ScenarioRun> allRuns = FXCollections.observableArrayList();
    private final FilteredList<ScenarioRun> runs = new FilteredList<>(allRuns);
    private final ObservableList<RunFilter> runFilters = FXCollections.observableArrayList(RunFilter.ALL,
            RunFilter.THIS_SCENARIO);
    private final ObjectProperty<RunFilter> runFilter = new SimpleObjectProperty<>(this, "runFilter", RunFilter.ALL);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private Practices loadedPractices;

    public ScenariosViewModel(ScenarioLibrary library, ScenarioRepository repository, PeopleRepository people,
                              DatabaseThread dbThread, Dialogs dialogs, CompletableFuture<Practices> practices,
                              Pauses pauses) {
        this(library, repository, people, dbThread, dialogs, practices, pauses,
                commonground.care.CareNotices.inMemory());
    }

    /** With the gentle notices shared across the app. */
    public ScenariosViewModel(ScenarioLibrary library, ScenarioRepository repository, PeopleRepository people,
                              DatabaseThread dbThread, Dialogs dialogs, CompletableFuture<Practices> practices,
                              Pauses pauses, commonground.care.CareNotices care) {
        this(library, repository, people, dbThread, dialogs, practices, pauses, care, null);
    }

    /** With the "Come back to this on" field under a finished plan ({@code comeBack} null for none). */
    public ScenariosViewModel(ScenarioLibrary library, ScenarioRepository repository, PeopleRepository people,
                              DatabaseThread dbThread, Dialogs dialogs, CompletableFuture<Practices> practices,
                              Pauses pauses, commonground.care.CareNotices care,
                              commonground.shell.ComeBackChoice comeBack) {
        this.library = library;
        this.repository = repository;
        this.people = people;
        this.dbThread = dbThread;
        this.dialogs = dialogs;
        this.practices = practices;
        this.runModel = new RunViewModel(repository, dbThread, this::finished, pauses, care, this::keepSafetyAnswer);
        runModel.setAboutName(this::aboutName);
        this.summary = new SummaryModel(dbThread, dialogs, comeBack);
        runFilter.addListener((obs, old, now) -> applyFilter());
        selected.addListener((obs, old, now) -> applyFilter());
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ObservableList<ScenarioLibrary.Offer> offers() {
        return offers;
    }

    public ObjectProperty<ScenarioLibrary.Offer> selectedProperty() {
        return selected;
    }

    /** People a new run may be about; the first entry is {@link #NO_ONE}. */
    public ObservableList<AboutChoice> personChoices() {
        return personChoices;
    }

    /** Who the next walk-through is about, exactly as the "About" box shows it; never null. */
    public ObjectProperty<AboutChoice> startForProperty() {
        return startFor;
    }

    /** Past runs, filtered by {@link #runFilterProperty()}. */
    /** Whom a walk-through is about as its row says it: "Sam", or "Sam (Friend)" beside another Sam. */
    public String aboutName(ScenarioRun run) {
        List<commonground.people.Person> people = personChoices.stream().map(AboutChoice::person)
                .filter(Objects::nonNull).toList();
        return people.stream().filter(p -> Objects.equals(p.id(), run.personId())).findFirst()
                .map(p -> commonground.people.Namesakes.tellApart(p, people))
                .orElse(commonground.people.Person.shortened(run.personName()));
    }

    public ObservableList<ScenarioRun> runs() {
        return runs;
    }

    /** All walk-throughs, this scenario's, and one entry per person. */
    public ObservableList<RunFilter> runFilters() {
        return runFilters;
    }

    public ObjectProperty<RunFilter> runFilterProperty() {
        return runFilter;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public RunViewModel runModel() {
        return runModel;
    }

    public SummaryModel summary() {
        return summary;
    }

    /** Practice names for tags; empty until the practices are loaded. */
    public String practiceName(String id) {
        return loadedPractices == null ? id : loadedPractices.nameOf(id);
    }

    /** Loads the scenarios, the people and the past runs. */
    public void reload() {
        dbThread.run(() -> new Loaded(library.offers(), people.active(), repository.runs(), practices.join()),
                loaded -> {
                    loadedPractices = loaded.practices();
                    ScenarioLibrary.Offer was = selected.get();
                    RunFilter f = runFilter.get() == null ? RunFilter.ALL : runFilter.get();
                    // Shown again with nothing changed, the cards and choices stay as they are.
                    ReloadedList.setAll(offers, loaded.offers());
                    selected.set(offers.stream().filter(o -> was != null
                            && o.scenario().id().equals(was.scenario().id())).findFirst()
                            .orElse(offers.isEmpty() ? null : offers.get(0)));
                    Long chosen = startFor.get() == null ? null : startFor.get().personId();
                    List<AboutChoice> choices = new java.util.ArrayList<>();
                    choices.add(NO_ONE);
                    loaded.people().forEach(p -> choices.add(new AboutChoice(p)));
                    ReloadedList.setAll(personChoices, choices);
                    startFor.set(personChoices.stream().filter(a -> Objects.equals(a.personId(), chosen))
                            .findFirst().orElse(NO_ONE));
                    ReloadedList.setAll(allRuns, loaded.runs());
                    List<RunFilter> filters = new java.util.ArrayList<>(
                            List.of(RunFilter.ALL, RunFilter.THIS_SCENARIO));
                    loaded.people().forEach(p -> filters.add(RunFilter.about(p.id(),
                            commonground.people.Namesakes.tellApart(p, loaded.people()))));
                    ReloadedList.setAll(runFilters, filters);
                    runFilter.set(runFilters.contains(f) ? f : RunFilter.ALL);
                    applyFilter();
                }, error -> message.set("The scenarios could not be loaded. " + error.getMessage()));
    }

    private record Loaded(List<ScenarioLibrary.Offer> offers, List<Person> people, List<ScenarioRun> runs,
                          Practices practices) {
    }

    private void applyFilter() {
        RunFilter f = runFilter.get() == null ? RunFilter.ALL : runFilter.get();
        String scenarioId = selected.get() == null ? null : selected.get().scenario().id();
        runs.setPredicate(r -> f.matches(r, scenarioId));
    }

    /**
     * Starts a walk-through of the selected scenario about the person the "About" box shows. When one
     * about the same person is still unfinished, asks first whether to continue it.
     */
    public void start() {
        ScenarioLibrary.Offer offer = selected.get();
        if (offer == null) {
            return;
        }
        Long personId = startFor.get() == null ? null : startFor.get().personId();
        String scenarioId = offer.scenario().id();
        dbThread.run(() -> repository.runs().stream().filter(r -> !r.finished()
                        && r.scenarioId().equals(scenarioId) && Objects.equals(r.personId(), personId)).findFirst(),
                unfinished -> {
                    if (unfinished.isEmpty()) {
                        startNew(offer, personId);
                        return;
                    }
                    ScenarioRun run = unfinished.get();
                    String about = run.personName() == null ? "" : " about " + nameOf(run);
                    java.util.Optional<Integer> choice = dialogs.choose("Continue where you left off?",
                            "You have an unfinished walk-through of \u201c" + run.scenarioTitle() + "\u201d" + about
                                    + ". You can go on with it, with your answers as you left them, or begin again "
                                    + "with a new one (the unfinished one stays in your list).",
                            List.of("Continue it", "Start a new one"));
                    choice.ifPresent(i -> {
                        if (i == 0) {
                            open(run);
                        } else {
                            startNew(offer, personId);
                        }
                    });
                }, error -> message.set("The walk-through could not be started. " + error.getMessage()));
    }

    private void startNew(ScenarioLibrary.Offer offer, Long personId) {
        dbThread.run(() -> {
            // The person as stored now: the safety answer may have changed since the list was loaded.
            Person about = personId == null ? null : people.find(personId).orElse(null);
            ScenarioRun run = library.start(offer, personId, about == null ? null : about.safety());
            return new Opened(run, library.scenarioOf(run), java.util.Map.<String, String>of(),
                    about == null ? null : about.safety());
        }, this::show, error -> message.set("The walk-through could not be started. " + error.getMessage()));
    }

    /** Keeps an answer to the safety question given in a walk-through with the person it is about. */
    private void keepSafetyAnswer(long personId, commonground.care.SafetyAnswer answer) {
        dbThread.run(() -> {
            people.setSafety(personId, answer);
            return null;
        }, ok -> { }, error -> message.set("Your answer could not be kept with the person. " + error.getMessage()));
    }

    /** Opens a run: an unfinished one where it was left, a finished one as its summary (read-only). */
    public void open(ScenarioRun run) {
        open(run.id());
    }

    /** Opens the run with this id (as Home's "Recently" asks); says so when it is no longer there. */
    public void open(long runId) {
        flush();
        dbThread.run(() -> {
            java.util.Optional<ScenarioRun> found = repository.run(runId);
            if (found.isEmpty()) {
                return java.util.Optional.<Opened>empty();
            }
            ScenarioRun run = found.get();
            return java.util.Optional.of(new Opened(run, library.scenarioOf(run), repository.answers(run.id()),
                    run.personId() == null ? null : people.find(run.personId()).map(Person::safety).orElse(null)));
        }, opened -> {
                    if (opened.isPresent()) {
                        show(opened.get());
                    } else {
                        page.set(Page.LIST);
                        reload();
                        message.set("That walk-through is no longer here; it may have been deleted.");
                    }
                }, error -> message.set("This walk-through could not be opened. " + error.getMessage()));
    }

    /** Opens the run with this id (as the long game's "Open it" asks); a run no longer there is said so. */
    public void openRun(long runId) {
        dbThread.run(() -> repository.run(runId), found -> found.ifPresentOrElse(this::open,
                () -> message.set("This walk-through is no longer there; it may have been deleted.")),
                error -> message.set("This walk-through could not be opened. " + error.getMessage()));
    }

    private record Opened(ScenarioRun run, Scenario scenario, java.util.Map<String, String> answers,
                          commonground.care.SafetyAnswer safety) {
    }

    private void show(Opened o) {
        message.set("");
        Walk walk = new Walk(o.scenario(), o.run().currentStep(), o.run().path(), o.answers(), o.run().finished());
        if (o.run().finished()) {
            summary.show(o.run(), walk, loadedPractices);
            page.set(Page.SUMMARY);
        } else {
            runModel.open(o.run(), walk, o.safety());
            page.set(Page.RUN);
        }
    }

    private void finished(Walk walk) {
        ScenarioRun run = runModel.runProperty().get();
        runModel.finishedWith();
        summary.show(run, walk, loadedPractices);
        page.set(Page.SUMMARY);
        reload();
    }

    /** Opens the finished plan shown to change its answers: it is in progress again, at its last step. */
    public void reopenShown() {
        ScenarioRun run = summary.shownRun();
        if (run == null) {
            return;
        }
        dbThread.run(() -> {
            repository.reopen(run.id());
            return null;
        }, ok -> open(run.id()), error -> summary.problem("This plan could not be opened to change. "
                + error.getMessage()));
    }

    /** Starts a new walk-through from the plan shown: same scenario and person, its answers already there. */
    public void copyShown() {
        ScenarioRun run = summary.shownRun();
        if (run == null) {
            return;
        }
        dbThread.run(() -> repository.copyRun(run.id()).id(), this::open,
                error -> summary.problem("A new walk-through could not be made from this plan. " + error.getMessage()));
    }

    /** Back to the list; what was typed is saved first. */
    public void showList() {
        if (page.get() == Page.RUN) {
            runModel.flush();
        }
        page.set(Page.LIST);
        reload();
    }

    /** Saves anything pending (leaving the module or closing the app). */
    public void flush() {
        if (page.get() == Page.RUN) {
            runModel.flush();
        }
    }

    /** The person a run is about as messages name them: "Sam", or "Sam (Partner)" beside another Sam. */
    private String nameOf(ScenarioRun run) {
        java.util.List<Person> everyone = personChoices.stream().map(AboutChoice::person)
                .filter(Objects::nonNull).toList();
        return everyone.stream().filter(p -> p.id() == run.personId()).findFirst()
                .map(p -> commonground.people.Namesakes.tellApart(p, everyone)).orElse(run.personName());
    }

    /** Deletes a run after asking. */
    public void delete(ScenarioRun run) {
        String told = run.personName() == null ? null : nameOf(run); // "Sam, your friend," so the friend is not deleted
        String about = told == null ? "" : " about " + told + (told.contains(", ") ? "," : "");
        if (!dialogs.confirm("Delete this walk-through?", "\"" + run.scenarioTitle() + "\"" + about
                + " and all the answers in it will be deleted for good.", "Delete")) {
            return;
        }
        dbThread.run(() -> {
            repository.deleteRun(run.id());
            return null;
        }, ok -> {
            message.set("The walk-through was deleted.");
            reload();
        }, error -> message.set("The walk-through could not be deleted. " + error.getMessage()));
    }

    /** Imports a scenario file; on any problem nothing is imported and every problem is shown. */
    public void importFile(Path file) {
        Objects.requireNonNull(file);
        message.set("Checking " + file.getFileName() + "…");
        dbThread.run(() -> library.importFile(file), outcome -> {
            message.set(String.join("\n", outcome.imported() ? outcome.messages()
                    : prepend("Nothing was imported. Please fix these and try again:", outcome.messages())));
            if (outcome.imported()) {
                reload();
            }
        }, error -> message.set("Nothing was imported. " + error.getMessage()));
    }

    private static List<String> prepend(String first, List<String> rest) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
