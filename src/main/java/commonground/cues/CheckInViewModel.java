package commonground.cues;

import commonground.care.CareNotices;
import commonground.care.DistressNotice;
import commonground.content.Practice;
import commonground.people.Namesakes;
import commonground.people.Person;
import commonground.shell.DatabaseThread;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The check-in form: who, when, what you were doing, the cues ticked, and how it went. */
public final class CheckInViewModel {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CuesViewModel shared;
    private final CheckInRepository repository;
    private final DatabaseThread dbThread;
    private final Clock clock;
    private final commonground.shell.Dialogs dialogs;

    private final StringProperty time;
    private final StringProperty context = new SimpleStringProperty(this, "context", "");
    private final StringProperty activity = new SimpleStringProperty(this, "activity", "");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty response = new SimpleStringProperty(this, "response", "");
    /** Ticked cues by key, with intensity 0 (not given) to 3. */
    private final ObservableMap<String, Integer> ticked = FXCollections.observableMap(new LinkedHashMap<>());
    /** What to suggest for the ticked cues, and what to leave out when safety comes first. */
    private final CheckInAdvice advice = new CheckInAdvice();
    private final ReadOnlyObjectWrapper<CheckIn> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    /** The check-in saved last, for the "Come back to this on" field under the form. */
    private final ReadOnlyObjectWrapper<CheckIn> lastSaved = new ReadOnlyObjectWrapper<>(this, "lastSaved");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    /** The day field: what it holds, text that could not be read, and why it cannot be saved yet. */
    private final CheckInDay day;
    private final ObjectProperty<LocalDate> date;
    /** True while the form itself fills its fields (clearing, loading a check-in, switching back). */
    private boolean filling;
    /** True while the person is being put back after the user cancelled a switch. */
    private boolean puttingBack;
    /** Cues of the check-in being edited that are no longer on the checklist (retired), kept as saved. */
    private final Map<String, CheckInCue> kept = new LinkedHashMap<>();
    /** The gentle notice beside what was written; it never holds up a save. */
    private final DistressNotice distress;

    CheckInViewModel(CuesViewModel shared, CheckInRepository repository, DatabaseThread dbThread, Clock clock,
                     CareNotices care, commonground.shell.Dialogs dialogs) {
        this.distress = new DistressNotice(care, "check-in", context, note, response);
        this.shared = shared;
        this.repository = repository;
        this.dbThread = dbThread;
        this.clock = clock;
        this.dialogs = dialogs;
        this.day = new CheckInDay(clock);
        this.date = day.dateProperty();
        this.time = day.timeProperty();
        ticked.addListener((MapChangeListener<String, Integer>) change -> updateSuggestions());
        shared.cues().addListener((javafx.collections.ListChangeListener<Cue>) change -> updateSuggestions());
        shared.personProperty().addListener((obs, old, now) -> personChanged(old, now));
        // The status of the last save is about that check-in; changing this one makes it stale.
        javafx.beans.InvalidationListener edited = o -> {
            if (!filling) {
                message.set("");
                onEdited.run();
            }
        };
        for (javafx.beans.Observable field : List.of(date, time, context, activity, note, response, ticked,
                day.unreadProperty())) {
            field.addListener(edited);
        }
        clear();
    }

    /** Called after each change the user makes to the form, and when the form is emptied or saved. */
    private Runnable onEdited = () -> { };

    void setOnEdited(Runnable r) {
        onEdited = r;
    }

    /** The form is shown: a new check-in not dated by the user is dated now. */
    public void showing() {
        if (editing.get() == null) {
            boolean was = filling;
            filling = true;
            try {
                day.showing();
            } finally {
                filling = was;
            }
        }
    }

    /** Puts a kept check-in back into the form, for its person (who must be chosen first). */
    void restore(KeptCheckIn k) {
        filling = true;
        try {
            clearFields();
            LocalDate when = k.date().isEmpty() ? null : LocalDate.parse(k.date());
            day.restore(when, k.time());
            context.set(k.context());
            activity.set(k.activity());
            note.set(k.note());
            response.set(k.response());
            ticked.putAll(k.ticked());
        } finally {
            filling = false;
        }
        message.set("Your unsaved check-in about " + Namesakes.tellApart(shared.personProperty().get(),
                shared.persons()) + " is here as you left it.");
    }

    /** Whether the form holds something the user wrote or ticked that is not saved. */
    boolean hasUnsavedContent() {
        return !ticked.isEmpty() || !context.get().isBlank() || !activity.get().isBlank()
                || !note.get().isBlank() || !response.get().isBlank();
    }

    /**
     * The person changed: a half-written check-in never moves to someone else without asking.
     * Keep it for the new person, start a new one, or cancel and put the person back.
     */
    private void personChanged(Person old, Person now) {
        if (!puttingBack && old != null && now != null && old.id() != now.id() && hasUnsavedContent()) {
            String was = Namesakes.tellApart(old, shared.persons());
            String is = Namesakes.tellApart(now, shared.persons());
            // A saved check-in stays with its person: changes to it are kept for them or let go.
            boolean saved = editing.get() != null;
            Optional<Integer> answer = saved
                    ? dialogs.choose("A check-in being changed",
                            "You are changing a check-in about " + was + ". It stays with "
                                    + was + ". What should happen to your changes?",
                            List.of("Start a new one for " + is))
                            .map(i -> 1)
                    : dialogs.choose("An unsaved check-in",
                            "You have an unsaved check-in about " + was + ". What should happen to it?",
                            List.of("Keep it for " + is, "Start a new one for " + is));
            if (answer.isEmpty()) {
                puttingBack = true;
                try {
                    shared.personProperty().set(old);
                } finally {
                    puttingBack = false;
                }
                return;
            }
            if (answer.get() == 1) {
                clear();
                onEdited.run();
                message.set("");
            }
        }
        updateSuggestions();
    }

    /**
     * Reads what was typed in the day field and returns the day the field should hold (see
     * {@link CheckInDay#typed(String)}). Never throws.
     */
    LocalDate dateTyped(String text) {
        return day.typed(text);
    }

    /** The day as the field shows it, in the user's format. */
    String formatDate(LocalDate when) {
        return day.format(when);
    }

    /** Empties the form for a new check-in, dated now. */
    public void clear() {
        boolean was = filling;
        filling = true;
        try {
            clearFields();
        } finally {
            filling = was;
        }
    }

    private void clearFields() {
        day.set(LocalDateTime.now(clock), true);
        context.set("");
        activity.set("");
        search.set("");
        note.set("");
        response.set("");
        kept.clear();
        ticked.clear();
        editing.set(null);
        distress.setItem(null);
    }

    /** Loads a saved check-in into the form to change it. */
    public void startEditing(CheckIn checkIn) {
        filling = true;
        try {
            fill(checkIn);
        } finally {
            filling = false;
        }
        message.set("Editing the check-in of " + CheckInFormat.when(checkIn.happenedAt()) + ".");
    }

    private void fill(CheckIn checkIn) {
        clear();
        editing.set(checkIn);
        distress.setItem("check-in:" + checkIn.uuid());
        day.set(LocalDateTime.ofInstant(checkIn.happenedAt(), clock.getZone()), false);
        CheckInDraft d = checkIn.draft();
        context.set(d.context());
        activity.set(d.activity() == null ? "" : d.activity());
        note.set(d.note());
        response.set(d.response());
        for (CheckInCue cue : d.cues()) {
            if (shared.cue(cue.cueKey()).filter(c -> !c.retired()).isEmpty()) {
                kept.put(cue.cueKey(), cue);
            }
            ticked.put(cue.cueKey(), cue.intensity() == null ? 0 : cue.intensity());
        }
    }

    public void tick(String key, boolean on) {
        if (on) {
            ticked.putIfAbsent(key, 0);
        } else {
            ticked.remove(key);
            kept.remove(key);
        }
    }

    public void setIntensity(String key, int intensity) {
        if (ticked.containsKey(key)) {
            ticked.put(key, Math.max(0, Math.min(3, intensity)));
        }
    }

    /**
     * Gentle things to say for a ticked cue. None for a person the user said they sometimes feel
     * afraid of: advice about waiting and staying close is not for a relationship with fear.
     */
    public List<String> acknowledgementsFor(Cue cue) {
        return advice.acknowledgementsFor(shared.personProperty().get(), cue);
    }

    /** A response without words for a ticked cue; empty when safety comes first (see above). */
    public String nonverbalFor(Cue cue) {
        return advice.nonverbalFor(shared.personProperty().get(), cue);
    }

    /** The line shown instead of advice about waiting and staying close; empty when that advice is shown. */
    public ReadOnlyStringProperty safetyNoteProperty() {
        return advice.safetyNoteProperty();
    }

    private void updateSuggestions() {
        advice.update(shared.personProperty().get(), ticked.keySet(), shared::cue, shared.practicesProperty().get());
    }

    /** The form as a draft, or a message saying what to change. */
    CheckInDraftOrProblem draft() {
        return CheckInReading.read(this, day, kept, shared, clock);
    }

    /** Saves the form as a new check-in, or as changes to the one being edited. */
    public void save() {
        CheckInDraftOrProblem result = draft();
        if (result.problem() != null) {
            message.set(result.problem());
            return;
        }
        CheckIn current = editing.get();
        String name = Namesakes.tellApart(shared.personProperty().get(), shared.persons());
        busy.set(true);
        dbThread.run(() -> current == null ? new CheckInRepository.Saved(repository.add(result.draft()), false)
                : repository.update(current.id(), result.draft(), current.draft()), saved -> {
                    busy.set(false);
                    clear();
                    onEdited.run();
                    lastSaved.set(saved.checkIn());
                    message.set((current == null ? "Saved" : "Changes saved") + " for " + name + ". " + (saved.keptOther()
                            ? CheckInFormat.ALSO_CHANGED : "You can find it under Over time."));
                    shared.reload();
                }, error -> {
                    busy.set(false);
                    message.set(CuesViewModel.notSaved(error));
                });
    }

    /** Leaves editing without saving. */
    public void cancelEditing() {
        clear();
        onEdited.run();
        message.set("");
    }

    record CheckInDraftOrProblem(CheckInDraft draft, String problem) {
    }

    /** True while the gentle notice should show beside the text (see {@link DistressNotice}). */
    public javafx.beans.property.ReadOnlyBooleanProperty showDistressCardProperty() {
        return distress.showingProperty();
    }

    public DistressNotice distressNotice() {
        return distress;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty contextProperty() {
        return context;
    }

    public StringProperty activityProperty() {
        return activity;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty responseProperty() {
        return response;
    }

    public ObservableMap<String, Integer> ticked() {
        return ticked;
    }

    public ObservableList<Cue> suggestions() {
        return advice.suggestions();
    }

    public ObservableList<Practice> practices() {
        return advice.practices();
    }

    public ReadOnlyObjectProperty<CheckIn> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CheckIn> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanBinding canSave() {
        return Bindings.createBooleanBinding(() -> !busy.get() && shared.personProperty().get() != null
                        && day.problemProperty().get().isEmpty(),
                busy, shared.personProperty(), day.problemProperty());
    }

    /** Why the day cannot be saved (unreadable, missing or still ahead); "" when it can. */
    public ReadOnlyStringProperty dateProblemProperty() {
        return day.problemProperty();
    }

    /** Text typed in the day field that could not be read; "" when there is none. */
    public ReadOnlyStringProperty unreadDateProperty() {
        return day.unreadProperty();
    }
}
