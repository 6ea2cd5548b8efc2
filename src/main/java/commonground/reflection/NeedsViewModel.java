package commonground.reflection;

import commonground.people.Person;
import commonground.shell.DatabaseThread;
import commonground.people.PeopleRepository;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The needs check-in (choose needs, rate how met each is from 0 to 4, add a note), the history
 * of one need over time, and where that need can be met.
 */
public final class NeedsViewModel {

    /** The rating a need starts with when chosen: in the middle. */
    static final int START_RATING = 2;

    private final NeedsRepository repository;
    private final PeopleRepository people;
    private final DatabaseThread dbThread;
    private NeedsVocabulary vocabulary;
    private final ObservableMap<String, Integer> ratings = FXCollections.observableMap(new LinkedHashMap<>());
    private final StringProperty checkInNote = new SimpleStringProperty(this, "checkInNote", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<NeedsCheckIn> recent = FXCollections.observableArrayList();
    private final ObjectProperty<Need> focusNeed = new SimpleObjectProperty<>(this, "focusNeed");
    private final ObservableList<RatingPoint> history = FXCollections.observableArrayList();
    private final ObservableList<NeedSource> sources = FXCollections.observableArrayList();
    private final ObservableList<Person> peopleList = FXCollections.observableArrayList();
    private final ObjectProperty<SourceKind> sourceKind = new SimpleObjectProperty<>(this, "sourceKind", SourceKind.PERSON);
    private final ObjectProperty<Person> sourcePerson = new SimpleObjectProperty<>(this, "sourcePerson");
    private final StringProperty sourceLabel = new SimpleStringProperty(this, "sourceLabel", "");
    private final ReadOnlyStringWrapper sourceMessage = new ReadOnlyStringWrapper(this, "sourceMessage", "");

    public NeedsViewModel(NeedsRepository repository, PeopleRepository people, DatabaseThread dbThread) {
        this.repository = repository;
        this.people = people;
        this.dbThread = dbThread;
        focusNeed.addListener((obs, old, now) -> loadFocus());
    }

    void setVocabulary(NeedsVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        if (focusNeed.get() == null && !vocabulary.all().isEmpty()) {
            focusNeed.set(vocabulary.all().get(0));
        }
    }

    public ObservableMap<String, Integer> ratings() {
        return ratings;
    }

    public StringProperty checkInNoteProperty() {
        return checkInNote;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<NeedsCheckIn> recent() {
        return recent;
    }

    public ObjectProperty<Need> focusNeedProperty() {
        return focusNeed;
    }

    public ObservableList<RatingPoint> history() {
        return history;
    }

    public ObservableList<NeedSource> sources() {
        return sources;
    }

    public ObservableList<Person> people() {
        return peopleList;
    }

    public ObjectProperty<SourceKind> sourceKindProperty() {
        return sourceKind;
    }

    public ObjectProperty<Person> sourcePersonProperty() {
        return sourcePerson;
    }

    public StringProperty sourceLabelProperty() {
        return sourceLabel;
    }

    public ReadOnlyStringProperty sourceMessageProperty() {
        return sourceMessage.getReadOnlyProperty();
    }

    /** The app is locking: the notes and places read from the file are dropped; what is being typed stays. */
    public void onLock() {
        recent.clear();
        sources.clear();
    }

    public void onShow() {
        dbThread.run(() -> repository.checkIns(10), recent::setAll);
        dbThread.run(people::active, peopleList::setAll);
        loadFocus();
    }

    /** Adds a need to the check-in (rated in the middle until changed), or takes it out. */
    public void choose(String needId, boolean chosen) {
        if (chosen) {
            ratings.putIfAbsent(needId, START_RATING);
        } else {
            ratings.remove(needId);
        }
    }

    public void rate(String needId, int rating) {
        if (ratings.containsKey(needId) && rating >= 0 && rating <= NeedsCheckIn.MAX_RATING) {
            ratings.put(needId, rating);
        }
    }

    /** The highest rating at which a need counts as barely met. */
    static final int LOW = 1;

    /**
     * What is said once a check-in is saved. When every need is barely met or not met at all, it
     * says that this is a lot, and points to the user's own people and to Help and support.
     */
    static String savedMessage(Map<String, Integer> ratings) {
        boolean allLow = !ratings.isEmpty() && ratings.values().stream().allMatch(r -> r != null && r <= LOW);
        if (!allLow) {
            return "Your check-in is saved. Thank you for looking after yourself.";
        }
        return "Your check-in is saved. Every need you rated is barely met right now, and that is a lot to "
                + "carry. You deserve support too: perhaps there is someone you trust who could hear how things "
                + "are for you this week. Help and support (F1) lists people to talk to.";
    }

    /** Saves the check-in; on success the form clears, otherwise everything chosen stays. */
    public void saveCheckIn() {
        Map<String, Integer> chosen = new LinkedHashMap<>(ratings);
        String note = checkInNote.get();
        String problem = NeedsCheckIn.problemWith(chosen, note);
        if (problem != null) {
            message.set(problem);
            return;
        }
        dbThread.run(() -> repository.addCheckIn(chosen, note), saved -> {
            ratings.clear();
            checkInNote.set("");
            recent.add(0, saved);
            message.set(savedMessage(saved.ratings()));
            Need focus = focusNeed.get();
            if (focus != null && saved.ratings().containsKey(focus.id())) {
                loadFocus();
            } else if (!saved.ratings().isEmpty() && vocabulary != null) {
                vocabulary.need(saved.ratings().keySet().iterator().next()).ifPresent(focusNeed::set);
            }
        }, error -> message.set("The check-in could not be saved. " + error.getMessage()
                + " What you chose is still here."));
    }

    private void loadFocus() {
        Need need = focusNeed.get();
        if (need == null) {
            history.clear();
            sources.clear();
            return;
        }
        dbThread.run(() -> repository.history(need.id()), points -> {
            if (need.equals(focusNeed.get())) {
                history.setAll(points);
            }
        });
        dbThread.run(() -> repository.sources(need.id()), list -> {
            if (need.equals(focusNeed.get())) {
                sources.setAll(list);
            }
        });
    }

    /** Adds the person, place or activity in the form to where the chosen need can be met. */
    public void addSource() {
        Need need = focusNeed.get();
        SourceKind kind = sourceKind.get();
        Person person = sourcePerson.get();
        Long personId = kind == SourceKind.PERSON && person != null ? person.id() : null;
        String label = sourceLabel.get();
        if (need == null) {
            sourceMessage.set("Choose a need first.");
            return;
        }
        String problem = NeedSource.problemWith(kind, personId, kind == SourceKind.PERSON ? null : label);
        if (problem != null) {
            sourceMessage.set(problem);
            return;
        }
        dbThread.run(() -> repository.addSource(need.id(), kind, personId, label), added -> {
            sourceLabel.set("");
            sourcePerson.set(null);
            sourceMessage.set("");
            loadFocus();
        }, error -> sourceMessage.set("This could not be added. " + error.getMessage()));
    }

    public void removeSource(NeedSource source) {
        dbThread.run(() -> {
            repository.removeSource(source.id());
            return null;
        }, ignored -> loadFocus(), error -> sourceMessage.set("This could not be removed. " + error.getMessage()));
    }

    /** The name of a need for display. */
    public String nameOf(String needId) {
        return vocabulary == null ? needId : vocabulary.nameOf(needId);
    }
}
