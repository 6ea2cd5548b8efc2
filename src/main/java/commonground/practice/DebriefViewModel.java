package commonground.practice;

import commonground.content.Practices;
import commonground.shell.ComeBackChoice;
import commonground.shell.ComeBackDates;
import commonground.shell.ComeBackSuggestion;
import commonground.shell.DatabaseThread;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The debrief after a practice: how it ended, each turn that opened or closed them with the
 * practice shown and a better line, the coach's notes on typed lines, and the ways to go again:
 * "Try again" from the start, "Try from here" from any turn.
 */
public final class DebriefViewModel {

    private final PracticeRepository repository;
    private final PracticeLibrary library;
    private final DatabaseThread dbThread;
    private final ReplyCoach coach;
    private final Practices practices;
    private final ComeBackChoice comeBack;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper saidBy = new ReadOnlyStringWrapper(this, "saidBy", "They");
    private final ReadOnlyStringWrapper endingTitle = new ReadOnlyStringWrapper(this, "endingTitle", "");
    private final ReadOnlyStringWrapper endingText = new ReadOnlyStringWrapper(this, "endingText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<DebriefEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<DebriefEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private PracticeSession session;
    private Conversation conversation;
    private BiConsumer<Playthrough, Long> onPlay = (p, id) -> { };
    /** The session shown when the app locked, read again after unlocking; null when nothing was put away. */
    private Long putAway;
    private long shown = -1;
    /** Moves on at each lock, so a reading still on its way when the app locked is not shown. */
    private int generation;

    public DebriefViewModel(PracticeRepository repository, PracticeLibrary library, DatabaseThread dbThread,
                            ReplyCoach coach, Practices practices) {
        this(repository, library, dbThread, coach, practices, null);
    }

    /** {@code comeBack} is the "Come back to this practice on" field under the ending, or null for none. */
    public DebriefViewModel(PracticeRepository repository, PracticeLibrary library, DatabaseThread dbThread,
                            ReplyCoach coach, Practices practices, ComeBackChoice comeBack) {
        this.comeBack = comeBack;
        this.repository = repository;
        this.library = library;
        this.dbThread = dbThread;
        this.coach = coach;
        this.practices = practices;
    }

    /** Called with a new practice and its session id after "Try again" or "Try from here". */
    public void setOnPlay(BiConsumer<Playthrough, Long> onPlay) {
        this.onPlay = onPlay;
    }

    /** Reads session {@code id} and the conversation it was made with. */
    public void load(long id) {
        shown = id;
        putAway = null;
        entries.clear();
        message.set("");
        int g = generation;
        dbThread.run(() -> {
            PracticeSession s = repository.find(id).orElseThrow(() ->
                    new IllegalStateException("This practice session is no longer kept."));
            Conversation c = library.find(s.conversationId(), s.conversationVersion()).orElseThrow(() ->
                    new IllegalStateException("The conversation \"" + s.title() + "\" is no longer in the app."));
            return new Object[] {s, c, repository.uuidOf(id).orElse(null)};
        }, both -> {
            if (g != generation) {
                return;
            }
            show((PracticeSession) both[0], (Conversation) both[1]);
            offerComeBack((PracticeSession) both[0], (String) both[2]);
        }, error -> message.set(error.getMessage()));
    }

    /**
     * A day to come back to the practice, to notice whether it helped when the real conversation
     * came: suggested a week on (nothing the user typed to the character names a day for that).
     */
    private void offerComeBack(PracticeSession s, String uuid) {
        if (comeBack == null) {
            return;
        }
        if (uuid == null) {
            comeBack.hide();
            return;
        }
        comeBack.show(ComeBackDates.PRACTICE, uuid, s.personId(),
                ComeBackSuggestion.suggest("", comeBack.today(), Period.ofWeeks(1)));
    }

    /** The "Come back to this practice on" field, or null when the app offers none. */
    public ComeBackChoice comeBack() {
        return comeBack;
    }

    private void show(PracticeSession s, Conversation c) {
        this.session = s;
        this.conversation = c;
        Playthrough names = Playthrough.start(c, s.words(c));
        title.set(heading(c, s));
        saidBy.set(s.characterName() == null || s.characterName().isBlank() ? "They" : s.characterName());
        c.ending(s.endingId() == null ? "" : s.endingId()).ifPresentOrElse(e -> {
            endingTitle.set(endingTitle(names.fill(e.title()), e.kind()));
            endingText.set(names.fill(e.text()));
        }, () -> {
            endingTitle.set("Not finished");
            endingText.set("This practice stopped before an ending. You can try it again, or from any turn.");
        });
        List<DebriefEntry> out = new ArrayList<>();
        for (int i = 0; i < s.moves().size(); i++) {
            Move m = s.moves().get(i);
            Turn t = c.turn(m.turnId()).orElse(null);
            if (t == null) {
                continue;
            }
            Reply chosen = m.isTyped() || m.replyIndex() >= t.replies().size() ? null : t.replies().get(m.replyIndex());
            String shows = switch (m.effect()) {
                case OPENS -> "Shows: " + names(m.practices());
                case CLOSES -> "What closed them: " + String.join(", ", m.closes().stream().map(ClosingMove::label).toList());
                case NEUTRAL -> "";
            };
            BetterLine better = t.better();
            out.add(new DebriefEntry(i, names.fill(t.says()), m.isTyped() ? m.typed() : chosen == null ? "" : names.fill(chosen.say()),
                    m.isTyped(), m.effect(), shows, chosen == null || chosen.note() == null ? "" : names.fill(chosen.note()),
                    better == null ? "" : names.fill(better.line()), better == null ? "" : names(better.practices()),
                    List.of()));
        }
        entries.setAll(out);
        for (DebriefEntry e : out) {
            if (e.typed()) {
                coach.review(e.youSaid(), review -> {
                    List<String> notes = TypedReading.of(e.youSaid(), review, e.betterLine()).notes();
                    int at = entries.indexOf(e);
                    if (at >= 0) {
                        entries.set(at, e.withCoachNotes(notes.isEmpty()
                                ? List.of("The coach found nothing to point out here.") : notes));
                    }
                });
            }
        }
    }

    /**
     * On locking: drops what the debrief shows (the user's typed replies, the coach's notes, the
     * come-back answer) and remembers only which session it was, to read it again after unlocking.
     */
    public void forget() {
        generation++;
        if (shown >= 0) {
            putAway = shown;
        }
        shown = -1;
        session = null;
        conversation = null;
        entries.clear();
        title.set("");
        saidBy.set("They");
        endingTitle.set("");
        endingText.set("");
        message.set("");
        if (comeBack != null) {
            comeBack.hide();
        }
    }

    /** After unlocking: reads the session put away on locking again from the database, if there was one. */
    public void showAgain() {
        if (putAway != null) {
            load(putAway);
        }
    }

    private String names(List<String> ids) {
        return String.join(", ", ids.stream().map(practices::nameOf).toList());
    }

    /** Starts the same conversation again from the first turn, with the same name and person. */
    public void tryAgain() {
        startFrom(0);
    }

    /** Starts again at the turn of entry {@code position}, with the replies before it as they were. */
    public void tryFromHere(int position) {
        startFrom(position);
    }

    private void startFrom(int position) {
        if (session == null || position < 0 || position > session.moves().size()) {
            return;
        }
        List<Move> earlier = session.moves().subList(0, position);
        Playthrough p;
        try {
            p = Playthrough.replay(conversation, session.words(conversation), earlier);
        } catch (IllegalArgumentException | IllegalStateException e) {
            message.set("This conversation has changed since this practice, so it cannot start from that turn. "
                    + "\"Try again\" starts it from the beginning.");
            return;
        }
        PracticeSession from = session;
        Conversation c = conversation;
        dbThread.run(() -> repository.start(c, from.characterName(), from.personId(), earlier),
                started -> onPlay.accept(p, started.id()), error -> message.set(error.getMessage()));
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endingTitleProperty() {
        return endingTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endingTextProperty() {
        return endingText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<DebriefEntry> entries() {
        return entriesView;
    }

    /**
     * The ending as the debrief names it, in the words the session list uses too: "Just climbing ·
     * the door stays open"; an ending named by its kind ("The door stays open") once.
     */
    /**
     * How a kept session ended, in the debrief's words ("They go for a run · the door closes for
     * now"), for the list of sessions; "not finished", or only the kind when {@code c} is not known here.
     */
    static String outcome(PracticeSession s, Conversation c) {
        if (s.endingKind() == null) {
            return "not finished";
        }
        String kind = s.endingKind().label().toLowerCase(java.util.Locale.ROOT);
        return c == null ? kind : c.ending(s.endingId() == null ? "" : s.endingId())
                .map(e -> endingTitle(Playthrough.start(c, s.words(c)).fill(e.title()), e.kind())).orElse(kind);
    }

    /**
     * The debrief's heading: "“I'm fine” · with Dad"; for someone whose relationship the conversation
     * is not written for, what it is, so nothing reads wrong: "Practice with Dad (written for a partner)".
     */
    static String heading(Conversation c, PracticeSession s) {
        if (s.personRelationship() != null && !c.character().fits(s.personRelationship())) {
            return "Practice with " + s.characterName() + " (written for " + c.character().writtenFor().stream()
                    .sorted().map(RelationshipFit::aKind).collect(java.util.stream.Collectors.joining(" or ")) + ")";
        }
        return c.title() + " · with " + s.characterName();
    }

    /** Who spoke in the practice, as each turn of the debrief names them: "Dad said: …". */
    public ReadOnlyStringProperty saidByProperty() {
        return saidBy.getReadOnlyProperty();
    }

    static String endingTitle(String title, EndingKind kind) {
        if (kind == null || title.strip().equalsIgnoreCase(kind.label())) {
            return title;
        }
        return title + " \u00B7 " + kind.label().toLowerCase(java.util.Locale.ROOT);
    }
}
