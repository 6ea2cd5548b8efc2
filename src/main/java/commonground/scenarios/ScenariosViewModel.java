package commonground.scenarios;

import commonground.content.Practices;
import commonground.people.Person;
import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.shell.Pauses;
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
    public static final Person NO_ONE = null;

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
    private final ObservableList<Person> personChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Person> startFor = new SimpleObjectProperty<>(this, "startFor");
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
        this.library = library;
        this.repository = repository;
        this.people = people;
        this.dbThread = dbThread;
        this.dialogs = dialogs;
        this.practices = practices;
        this.runModel = new RunViewModel(repository, dbThread, this::finished, pauses, care, this::keepSafetyAnswer);
        this.summary = new SummaryModel(dbThread, dialogs);
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

    /** People a new run may be about; the first entry is null for "no one in particular". */
    public ObservableList<Person> personChoices() {
        return personChoices;
    }

    public ObjectProperty<Person> startForProperty() {
        return startFor;
    }

    /** Past runs, filtered by {@link #runFilterProperty()}. */
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
                    offers.setAll(loaded.offers());
                    selected.set(loaded.offers().stream().filter(o -> was != null
                            && o.scenario().id().equals(was.scenario().id())).findFirst()
                            .orElse(loaded.offers().isEmpty() ? null : loaded.offers().get(0)));
                    Person chosen = startFor.get();
                    personChoices.setAll(NO_ONE);
                    personChoices.addAll(loaded.people());
                    startFor.set(loaded.people().stream().filter(p -> chosen != null && p.id() == chosen.id())
                            .findFirst().orElse(NO_ONE));
                    allRuns.setAll(loaded.runs());
                    runFilters.setAll(RunFilter.ALL, RunFilter.THIS_SCENARIO);
                    loaded.people().forEach(p -> runFilters.add(RunFilter.about(p.id(), p.name())));
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

    /** Starts a new run of the selected scenario, about the chosen person if any. */
    public void start() {
        ScenarioLibrary.Offer offer = selected.get();
        if (offer == null) {
            return;
        }
        Person person = startFor.get();
        Long personId = person == null ? null : person.id();
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
        dbThread.run(() -> new Opened(repository.run(run.id()).orElseThrow(), library.scenarioOf(run),
                repository.answers(run.id()), run.personId() == null ? null
                        : people.find(run.personId()).map(Person::safety).orElse(null)), this::show,
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
        summary.show(run, walk, loadedPractices);
        page.set(Page.SUMMARY);
        reload();
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

    /** Deletes a run after asking. */
    public void delete(ScenarioRun run) {
        String about = run.personName() == null ? "" : " about " + run.personName();
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
