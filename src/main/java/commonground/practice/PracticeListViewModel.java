package commonground.practice;

import commonground.care.SafetyNotice;
import commonground.people.Namesakes;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.shell.DatabaseThread;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

/**
 * The start of Practise: the conversations and drills on offer, who the other person is (a name
 * the user may change, and optionally someone from People), the safety line, past sessions, and
 * importing a conversation file.
 */
public final class PracticeListViewModel {

    /** Shown before every practice: the practices are not for a relationship with fear. */
    public static final String SAFETY_LINE = "These practices are for someone who finds feelings hard to share. "
            + "If you are ever afraid of the person, or hurt, threatened or controlled, this is not the way to "
            + "go about it, and it is not your fault. " + SafetyNotice.HELP_POINTER;

    private final PracticeLibrary library;
    private final PracticeRepository repository;
    private final PeopleRepository people;
    private final DatabaseThread dbThread;
    private final ObservableList<Conversation> offers = FXCollections.observableArrayList();
    private final ObservableList<Conversation> offersView = FXCollections.unmodifiableObservableList(offers);
    private final ObservableList<Person> persons = FXCollections.observableArrayList();
    private final ObservableList<Person> personsView = FXCollections.unmodifiableObservableList(persons);
    private final ObservableList<PracticeSession> sessions = FXCollections.observableArrayList();
    private final ObservableList<PracticeSession> sessionsView = FXCollections.unmodifiableObservableList(sessions);
    private final ObjectProperty<Conversation> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>(this, "person");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper sessionMessage = new ReadOnlyStringWrapper(this, "sessionMessage", "");
    private commonground.shell.Dialogs dialogs;
    private final ReadOnlyStringWrapper safetyNote = new ReadOnlyStringWrapper(this, "safetyNote", "");
    private final ReadOnlyIntegerWrapper refused = new ReadOnlyIntegerWrapper(this, "refused", 0);
    private final ReadOnlyStringWrapper fitNote = new ReadOnlyStringWrapper(this, "fitNote", "");
    private final ObservableList<Conversation> fitting = FXCollections.observableArrayList();
    private final ObservableList<Conversation> fittingView = FXCollections.unmodifiableObservableList(fitting);
    /** The conversation and person the user chose to go on with although it was written for someone else. */
    private String goingOnWith;
    private BiConsumer<Playthrough, Long> onPlay = (p, id) -> { };
    private LongConsumer onDebrief = id -> { };
    private String wanted;
    private boolean personWanted;
    private Long wantedPerson;

    public PracticeListViewModel(PracticeLibrary library, PracticeRepository repository, PeopleRepository people,
                                 DatabaseThread dbThread) {
        this.library = library;
        this.repository = repository;
        this.people = people;
        this.dbThread = dbThread;
        selected.addListener((obs, old, now) -> {
            message.set("");
            if (now != null && person.get() == null) {
                name.set(now.character().name());
            }
            showFit();
        });
        person.addListener((obs, old, now) -> {
            message.set("");
            safetyNote.set(now != null && now.safetyFirst() ? notOffered(now) : "");
            if (now != null) {
                name.set(characterName(now));
            } else if (selected.get() != null) {
                name.set(selected.get().character().name());
            }
            showFit();
        });
    }

    public void setOnPlay(BiConsumer<Playthrough, Long> onPlay) {
        this.onPlay = onPlay;
    }

    public void setOnDebrief(LongConsumer onDebrief) {
        this.onDebrief = onDebrief;
    }

    /** Reads the conversations, the people and the kept sessions. */
    public void load() {
        dbThread.run(() -> new Loaded(library.offers(), people.active(), repository.all()), loaded -> {
            Conversation keep = selected.get();
            // Only what differs changes, so a sync that brought a session keeps the list where it was.
            commonground.shell.ReloadedList.setAll(offers, loaded.offers());
            commonground.shell.ReloadedList.setAll(persons, loaded.people());
            commonground.shell.ReloadedList.setAll(sessions, loaded.sessions());
            if (person.get() != null) {
                person.set(persons.stream().filter(p -> p.id() == person.get().id()).findFirst().orElse(null));
            }
            choosePersonWanted();
            selectWanted(keep);
            showFit();
        }, error -> message.set("The practice conversations could not be read: " + error.getMessage()));
    }

    private record Loaded(List<Conversation> offers, List<Person> people, List<PracticeSession> sessions) {
    }

    /** Selects the practice for the walk-through {@code scenarioId} once the list is read, about no one in particular. */
    public void selectForWalkThrough(String scenarioId) {
        selectForWalkThrough(scenarioId, null);
    }

    /**
     * Selects the practice for the walk-through {@code scenarioId} once the list is read, kept with
     * the person the walk-through was about ({@code personId}; null for no one in particular).
     */
    public void selectForWalkThrough(String scenarioId, Long personId) {
        wanted = scenarioId;
        personWanted = true;
        wantedPerson = personId;
        choosePersonWanted();
        selectWanted(selected.get());
    }

    private void choosePersonWanted() {
        if (!personWanted) {
            return;
        }
        if (wantedPerson == null) {
            personWanted = false;
            person.set(null);
            if (selected.get() != null) {
                name.set(selected.get().character().name());
            }
            return;
        }
        Person found = persons.stream().filter(p -> p.id() == wantedPerson).findFirst().orElse(null);
        if (found != null || !persons.isEmpty()) {
            personWanted = false;
            person.set(found);
        }
    }

    /**
     * The character's name for someone from People: their name, shortened at a word for the
     * practice when it is longer than a practice name may be (People allows longer names).
     */
    static String characterName(Person p) {
        String n = p.name().strip();
        if (n.length() <= Persona.MAX_NAME) {
            return n;
        }
        String cut = n.substring(0, Persona.MAX_NAME - 1);
        int space = cut.lastIndexOf(' ');
        if (space >= Persona.MAX_NAME / 2) {
            cut = cut.substring(0, space);
        }
        return cut.stripTrailing() + "\u2026";
    }

    /** What is said, plainly and every time, when the person chosen is someone the user is afraid of. */
    static String notOffered(Person p) {
        return "Practising a conversation is not offered for " + p.name().strip() + ". " + SafetyNotice.SAFE_PATH;
    }

    private void selectWanted(Conversation keep) {
        Conversation pick = null;
        if (wanted != null) {
            // The one written for the person's relationship when the walk-through has one (Dad: not the partner's).
            pick = RelationshipFit.forWalkThrough(offers, wanted, person.get());
            if (pick != null) {
                wanted = null;
            }
        }
        if (pick == null && keep != null) {
            pick = offers.stream().filter(c -> c.id().equals(keep.id())).findFirst().orElse(null);
        }
        if (pick == null && !offers.isEmpty()) {
            pick = offers.get(0);
        }
        selected.set(pick);
    }

    /**
     * Says, before Start, when the conversation is written for another kind of relationship than
     * the person chosen has, and lists those written for theirs; quiet once the user goes on anyway.
     */
    private void showFit() {
        Conversation c = selected.get();
        Person who = person.get();
        if (c == null || who == null || who.safetyFirst() || RelationshipFit.fits(c, who)
                || fitKey(c, who).equals(goingOnWith)) {
            fitting.clear();
            fitNote.set("");
            return;
        }
        fitting.setAll(RelationshipFit.writtenFor(offers, who, c));
        fitNote.set(RelationshipFit.note(c, who, fitting.size()));
    }

    private static String fitKey(Conversation c, Person who) {
        return c.id() + "\u0000" + who.id();
    }

    /** Goes on with the conversation selected although it is written for another kind of relationship. */
    public void goOnAnyway() {
        Conversation c = selected.get();
        Person who = person.get();
        if (c != null && who != null) {
            goingOnWith = fitKey(c, who);
            showFit();
        }
    }

    /** Why the conversation selected may not fit the person chosen; empty when it fits. */
    public ReadOnlyStringProperty fitNoteProperty() {
        return fitNote.getReadOnlyProperty();
    }

    /** The conversations written for the chosen person's relationship, while {@link #fitNoteProperty()} speaks. */
    public ObservableList<Conversation> fitting() {
        return fittingView;
    }

    /** Starts the selected conversation, kept as a new session. */
    public void start() {
        Conversation c = selected.get();
        if (c == null) {
            message.set("Choose a conversation to practise first.");
            return;
        }
        Person who = person.get();
        if (who != null && who.safetyFirst()) {
            // Said again on every press, so a press never seems to do nothing.
            message.set("");
            message.set("Practice is not offered for " + who.name().strip() + ": your safety comes first. "
                    + SafetyNotice.HELP_POINTER);
            refused.set(refused.get() + 1);
            return;
        }
        String problem = PracticeRepository.nameProblem(name.get());
        if (problem != null) {
            message.set(problem);
            return;
        }
        CharacterWords words = words(c, who, name.get().strip());
        dbThread.run(() -> repository.start(c, words.name(), who == null ? null : who.id(), List.of()),
                s -> onPlay.accept(Playthrough.start(c, words), s.id()),
                error -> message.set(error.getMessage()));
    }

    /** Who the practice is with: the person in the box, with their pronouns, or the character as written. */
    private static CharacterWords words(Conversation c, Person who, String typedName) {
        return new CharacterWords(typedName, who != null ? who.pronouns() : c.character().pronouns());
    }

    /** The selected conversation's setting as it will read, with the name and pronouns of who it is with. */
    public String settingPreview() {
        return preview(Conversation::setting);
    }

    /** The selected conversation's summary as it will read, with the name and pronouns of who it is with. */
    public String summaryPreview() {
        return preview(Conversation::summary);
    }

    private String preview(java.util.function.Function<Conversation, String> text) {
        Conversation c = selected.get();
        if (c == null) {
            return "";
        }
        String typed = name.get() == null || name.get().isBlank() ? c.character().name() : name.get().strip();
        return words(c, person.get(), typed).fill(text.apply(c));
    }

    /**
     * How the list names a kept session: "“I'm fine” · with Sam · Partner". The person, when there is
     * one, is named once, as pickers name them ({@link Namesakes#pickerLabel}), so two Sams differ;
     * a character given another name for them shows both: "with Dad (Robert · Parent)".
     */
    public String sessionLabel(PracticeSession s) {
        String character = s.characterName();
        if (s.personId() == null) {
            return s.title() + " · with " + character;
        }
        Person p = persons.stream().filter(x -> x.id() == s.personId()).findFirst().orElse(null);
        String personName = p != null ? p.name() : s.personName();
        String who = p != null ? Namesakes.pickerLabel(p, persons) : s.personName();
        if (who == null || Namesakes.reading(personName).equals(Namesakes.reading(character))
                || p != null && Namesakes.reading(characterName(p)).equals(Namesakes.reading(character))) {
            return s.title() + " · with " + (who == null ? character : who);
        }
        return s.title() + " · with " + character + " (" + who + ")";
    }

    /** Opens the debrief of a kept session. */
    public void open(PracticeSession session) {
        if (session != null) {
            sessionMessage.set("");
            onDebrief.accept(session.id());
        }
    }

    /** Who asks before a session is deleted; until set, nothing is deleted. */
    public void setDialogs(commonground.shell.Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    /**
     * Deletes a kept session for good after asking, naming the practice and who it was with (Cancel
     * is the default); the line under the list says what happened.
     */
    public void delete(PracticeSession session) {
        if (session == null || dialogs == null) {
            return;
        }
        String what = sessionLabel(session) + ", " + commonground.shell.Dates.dayAndTime(session.startedAt());
        if (!dialogs.confirm("Delete this practice session?", what + ", will be deleted for good, with the "
                + "replies you gave in it and its debrief.", "Delete")) {
            return;
        }
        dbThread.run(() -> repository.delete(session.id()), deleted -> {
            sessionMessage.set(deleted ? "Deleted: " + what + "." : "That session was already gone.");
            load();
        }, error -> sessionMessage.set("This session could not be deleted: " + error.getMessage()));
    }

    /** What happened to a kept session (deleted, or why not); empty when there is nothing to say. */
    public ReadOnlyStringProperty sessionMessageProperty() {
        return sessionMessage.getReadOnlyProperty();
    }

    /** Imports a conversation file; the message says what happened or what is wrong with it. */
    public void importFile(Path file) {
        dbThread.run(() -> library.importFile(file), outcome -> {
            message.set(String.join("\n", outcome.messages()));
            if (outcome.imported()) {
                Conversation c = outcome.conversation().orElseThrow();
                dbThread.run(library::offers, list -> {
                    offers.setAll(list);
                    selected.set(list.stream().filter(o -> o.id().equals(c.id())).findFirst().orElse(null));
                    message.set(String.join("\n", outcome.messages()));
                });
            }
        }, error -> message.set(file + ": could not be imported (" + error.getMessage() + ")"));
    }

    public ObservableList<Conversation> offers() {
        return offersView;
    }

    public ObservableList<Person> people() {
        return personsView;
    }

    public ObservableList<PracticeSession> sessions() {
        return sessionsView;
    }

    public ObjectProperty<Conversation> selectedProperty() {
        return selected;
    }

    /** Someone from People the practice is about, or null for no one in particular. */
    public ObjectProperty<Person> personProperty() {
        return person;
    }

    /** The name the other person has in this practice. */
    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why practice is not offered for the person chosen (someone the user is afraid of); empty otherwise. */
    public ReadOnlyStringProperty safetyNoteProperty() {
        return safetyNote.getReadOnlyProperty();
    }

    /** Counts the presses of Start refused for safety, so the screen can bring the reason into view each time. */
    public ReadOnlyIntegerProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }
}
