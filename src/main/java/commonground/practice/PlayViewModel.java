package commonground.practice;

import commonground.care.SafetyNotice;
import commonground.content.Practices;
import commonground.shell.DatabaseThread;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * The practice itself: what the other person says and does, the replies on offer, a reply typed
 * through the coach, and their hidden openness (the drawn figure follows it). Each reply is kept
 * as it is given; at an ending the session is marked finished and the debrief can open.
 */
public final class PlayViewModel {

    private final PracticeRepository repository;
    private final DatabaseThread dbThread;
    private final ReplyCoach coach;
    private final Practices practices;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper setting = new ReadOnlyStringWrapper(this, "setting", "");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper says = new ReadOnlyStringWrapper(this, "says", "");
    private final ReadOnlyStringWrapper does = new ReadOnlyStringWrapper(this, "does", "");
    private final ObservableList<String> replies = FXCollections.observableArrayList();
    private final ObservableList<String> repliesView = FXCollections.unmodifiableObservableList(replies);
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final ReadOnlyStringWrapper youSaid = new ReadOnlyStringWrapper(this, "youSaid", "");
    private final ObservableList<String> coachNotes = FXCollections.observableArrayList();
    private final ObservableList<String> coachNotesView = FXCollections.unmodifiableObservableList(coachNotes);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper chooseLead = new ReadOnlyStringWrapper(this, "chooseLead", "");
    private final ReadOnlyStringWrapper endingTitle = new ReadOnlyStringWrapper(this, "endingTitle", "");
    private final ReadOnlyIntegerWrapper openness = new ReadOnlyIntegerWrapper(this, "openness", 2);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyObjectWrapper<Ending> ending = new ReadOnlyObjectWrapper<>(this, "ending");
    private Playthrough playthrough;
    private long sessionId;
    private LongConsumer onDebrief = id -> { };
    private final PracticeLibrary library;
    /** The session on screen when the app locked, read again after unlocking; null when nothing was put away. */
    private Long putAway;

    public PlayViewModel(PracticeRepository repository, DatabaseThread dbThread, ReplyCoach coach, Practices practices) {
        this(repository, dbThread, coach, practices, null);
    }

    /** {@code library} finds the conversation again after unlocking (null: the practice cannot be shown again). */
    public PlayViewModel(PracticeRepository repository, DatabaseThread dbThread, ReplyCoach coach, Practices practices,
                         PracticeLibrary library) {
        this.library = library;
        this.repository = repository;
        this.dbThread = dbThread;
        this.coach = coach;
        this.practices = practices;
    }

    /** Called with the session id when the user asks for the debrief. */
    public void setOnDebrief(LongConsumer onDebrief) {
        this.onDebrief = onDebrief;
    }

    /** Shows {@code p}, kept as session {@code id}, where it stands. */
    public void begin(Playthrough p, long id) {
        this.playthrough = p;
        this.sessionId = id;
        this.putAway = null;
        title.set(p.conversation().title());
        // With someone the conversation is not written for, say so rather than "A partner…" for Dad.
        dbThread.run(() -> repository.find(id), found -> found.filter(s -> sessionId == id
                && s.personRelationship() != null && !p.conversation().character().fits(s.personRelationship()))
                .ifPresent(s -> title.set(DebriefViewModel.heading(p.conversation(), s))), error -> { });
        setting.set(p.fill(p.conversation().setting()));
        name.set(p.name());
        youSaid.set("");
        coachNotes.clear();
        message.set("");
        typed.set("");
        show();
    }

    private void show() {
        if (playthrough == null) {
            return; // put away on locking while a reply was being kept
        }
        openness.set(playthrough.openness());
        busy.set(false);
        playthrough.turn().ifPresentOrElse(t -> {
            says.set(playthrough.fill(t.says()));
            does.set(playthrough.fill(t.does()));
            replies.setAll(t.replies().stream().map(r -> playthrough.fill(r.say())).toList());
            chooseLead.set("What do you say? (1 to " + replies.size() + " on the keyboard, or type your own)");
            endingTitle.set("");
            ending.set(null);
        }, () -> {
            Ending e = playthrough.ending().orElseThrow();
            says.set(playthrough.fill(e.says()));
            does.set(playthrough.fill(e.does()));
            replies.clear();
            chooseLead.set("");
            endingTitle.set(playthrough.fill(e.title()));
            ending.set(e);
        });
    }

    /** Gives reply {@code index} (0 for the first) of the current turn. */
    public void choose(int index) {
        if (playthrough == null || playthrough.finished() || busy.get() || index < 0 || index >= replies.size()) {
            return;
        }
        String said = replies.get(index);
        Move move = playthrough.choose(index);
        youSaid.set(said);
        coachNotes.clear();
        message.set("");
        keep(move);
    }

    /** Sends what was typed through the coach, then gives it as the reply. */
    public void sendTyped() {
        if (playthrough == null || playthrough.finished() || busy.get()) {
            return;
        }
        String text = typed.get() == null ? "" : typed.get().strip();
        if (text.isEmpty()) {
            message.set("Type what you would say first, or choose one of the replies.");
            return;
        }
        int max = commonground.storage.SealedColumn.PRACTICE_TYPED_REPLY.maxChars();
        if (text.length() > max) {
            message.set("That reply is " + text.length() + " characters long; at most " + max
                    + " fit here. Something shorter is easier to say, too.");
            return;
        }
        busy.set(true);
        message.set("");
        Turn at = playthrough.turn().orElseThrow();
        String example = at.better() == null ? null : playthrough.fill(at.better().line());
        coach.review(text, review -> {
            if (playthrough == null) {
                busy.set(false);
                return; // put away on locking; what was typed is still in the field
            }
            TypedReading reading = TypedReading.of(text, review, example);
            if (reading.safety()) {
                busy.set(false);
                coachNotes.setAll(reading.notes());
                message.set("What you wrote sounds like it may be about someone hurting or threatening you. "
                        + "This practice is not the place for that. " + SafetyNotice.HELP_POINTER);
                return;
            }
            Move move = playthrough.type(text, reading);
            youSaid.set(text);
            coachNotes.setAll(reading.notes().isEmpty()
                    ? List.of("The coach found nothing to point out here.") : reading.notes());
            typed.set("");
            keep(move);
        });
    }

    private void keep(Move move) {
        int position = playthrough.moves().size() - 1;
        Ending reached = playthrough.ending().orElse(null);
        long id = sessionId;
        busy.set(true);
        dbThread.run(() -> {
            repository.addMove(id, position, move);
            if (reached != null) {
                repository.finish(id, reached);
            }
            return null;
        }, ok -> show(), error -> {
            show();
            message.set("This reply could not be kept (" + error.getMessage() + "). You can go on; "
                    + "the debrief may miss it.");
        });
    }

    /**
     * On locking: drops what the practice shows and holds (the replies given so far, the last one
     * and the coach's notes on it, the character's lines), keeping only what is being typed and
     * which session it was, to read it again from the database after unlocking.
     */
    public void forget() {
        if (playthrough != null) {
            putAway = sessionId;
        }
        playthrough = null;
        title.set("");
        setting.set("");
        name.set("");
        says.set("");
        does.set("");
        replies.clear();
        youSaid.set("");
        coachNotes.clear();
        message.set("");
        chooseLead.set("");
        endingTitle.set("");
        ending.set(null);
        busy.set(false);
    }

    /** After unlocking: the practice put away on locking, read again from the database where it stood. */
    public void showAgain() {
        if (putAway == null || library == null) {
            return;
        }
        long id = putAway;
        busy.set(true);
        dbThread.run(() -> {
            PracticeSession s = repository.find(id).orElseThrow(() ->
                    new IllegalStateException("This practice session is no longer kept."));
            Conversation c = library.find(s.conversationId(), s.conversationVersion()).orElseThrow(() ->
                    new IllegalStateException("The conversation \"" + s.title() + "\" is no longer in the app."));
            return Playthrough.replay(c, s.words(c), s.moves());
        }, p -> {
            if (putAway == null || putAway != id) {
                return;
            }
            String typing = typed.get();
            begin(p, id);
            typed.set(typing);
        }, error -> {
            busy.set(false);
            message.set("This practice could not be read again (" + error.getMessage() + "). Its debrief is "
                    + "kept under Practise.");
        });
    }

    /** Opens the debrief of this session (once it has ended). */
    public void openDebrief() {
        if (ending.get() != null) {
            onDebrief.accept(sessionId);
        }
    }

    /** The practice names of {@code ids}, joined for a line: "Wait for consent, Go first, in small ways". */
    String practiceNames(List<String> ids) {
        return String.join(", ", ids.stream().map(practices::nameOf).toList());
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty settingProperty() {
        return setting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saysProperty() {
        return says.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty doesProperty() {
        return does.getReadOnlyProperty();
    }

    /** The replies on offer, with the name filled in; empty at an ending. */
    public ObservableList<String> replies() {
        return repliesView;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    /** The last reply given, as the user gave it. */
    public ReadOnlyStringProperty youSaidProperty() {
        return youSaid.getReadOnlyProperty();
    }

    /** The coach's notes on the last typed reply. */
    public ObservableList<String> coachNotes() {
        return coachNotesView;
    }

    /** "What do you say? (1 to 3 on the keyboard, or type your own)": as many as the turn offers; empty at an ending. */
    public ReadOnlyStringProperty chooseLeadProperty() {
        return chooseLead.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0 (shut) to 4 (at ease); the figure's posture, never shown as a number. */
    public ReadOnlyIntegerProperty opennessProperty() {
        return openness.getReadOnlyProperty();
    }

    /** True while a typed reply is with the coach or a reply is being kept. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The ending's title, with the character's pronouns; empty while the conversation goes on. */
    public ReadOnlyStringProperty endingTitleProperty() {
        return endingTitle.getReadOnlyProperty();
    }

    /** The ending reached, or null while the conversation goes on. */
    public ReadOnlyObjectProperty<Ending> endingProperty() {
        return ending.getReadOnlyProperty();
    }

    public long sessionId() {
        return sessionId;
    }
}
