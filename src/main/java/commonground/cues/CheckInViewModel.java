package commonground.cues;

import commonground.content.Practice;
import commonground.people.Person;
import commonground.shell.DatabaseThread;
import commonground.storage.StorageException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The check-in form: who, when, what you were doing, the cues ticked, and how it went. */
public final class CheckInViewModel {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CuesViewModel shared;
    private final CheckInRepository repository;
    private final DatabaseThread dbThread;
    private final Clock clock;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty time = new SimpleStringProperty(this, "time", "");
    private final StringProperty context = new SimpleStringProperty(this, "context", "");
    private final StringProperty activity = new SimpleStringProperty(this, "activity", "");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty response = new SimpleStringProperty(this, "response", "");
    /** Ticked cues by key, with intensity 0 (not given) to 3. */
    private final ObservableMap<String, Integer> ticked = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableList<Cue> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Practice> practices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CheckIn> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    /** Cues of the check-in being edited that are no longer on the checklist (retired), kept as saved. */
    private final Map<String, CheckInCue> kept = new LinkedHashMap<>();

    CheckInViewModel(CuesViewModel shared, CheckInRepository repository, DatabaseThread dbThread, Clock clock) {
        this.shared = shared;
        this.repository = repository;
        this.dbThread = dbThread;
        this.clock = clock;
        ticked.addListener((MapChangeListener<String, Integer>) change -> updateSuggestions());
        shared.cues().addListener((javafx.collections.ListChangeListener<Cue>) change -> updateSuggestions());
        clear();
    }

    /** Empties the form for a new check-in, dated now. */
    public void clear() {
        LocalDateTime now = LocalDateTime.now(clock);
        date.set(now.toLocalDate());
        time.set(now.toLocalTime().format(TIME));
        context.set("");
        activity.set("");
        search.set("");
        note.set("");
        response.set("");
        kept.clear();
        ticked.clear();
        editing.set(null);
    }

    /** Loads a saved check-in into the form to change it. */
    public void startEditing(CheckIn checkIn) {
        clear();
        editing.set(checkIn);
        LocalDateTime when = LocalDateTime.ofInstant(checkIn.happenedAt(), clock.getZone());
        date.set(when.toLocalDate());
        time.set(when.toLocalTime().format(TIME));
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
        message.set("Editing the check-in of " + CheckInFormat.when(checkIn.happenedAt()) + ".");
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

    private void updateSuggestions() {
        List<Cue> chosen = new ArrayList<>();
        Set<String> practiceIds = new LinkedHashSet<>();
        for (String key : ticked.keySet()) {
            shared.cue(key).ifPresent(cue -> {
                chosen.add(cue);
                practiceIds.addAll(cue.practices());
            });
        }
        suggestions.setAll(chosen);
        List<Practice> fitting = new ArrayList<>();
        if (shared.practicesProperty().get() != null) {
            for (String id : practiceIds) {
                shared.practicesProperty().get().find(id).ifPresent(fitting::add);
            }
        }
        practices.setAll(fitting);
    }

    /** The form as a draft, or a message saying what to change. */
    CheckInDraftOrProblem draft() {
        Person person = shared.personProperty().get();
        if (person == null) {
            return new CheckInDraftOrProblem(null, "Please choose a person first. You can add people under People.");
        }
        LocalTime at;
        try {
            at = LocalTime.parse(time.get().strip(), DateTimeFormatter.ofPattern("H:mm"));
        } catch (DateTimeParseException e) {
            return new CheckInDraftOrProblem(null, "Please give the time as hours and minutes, for example 18:30.");
        }
        if (date.get() == null) {
            return new CheckInDraftOrProblem(null, "Please choose the day.");
        }
        Instant when = LocalDateTime.of(date.get(), at).atZone(clock.getZone()).toInstant();
        List<CheckInCue> cues = new ArrayList<>();
        ticked.forEach((key, intensity) -> {
            Integer level = intensity == null || intensity == 0 ? null : intensity;
            CheckInCue saved = kept.get(key);
            if (saved != null) {
                cues.add(new CheckInCue(saved.cueKey(), saved.category(), saved.seen(), level));
            } else {
                shared.cue(key).ifPresent(cue -> cues.add(CheckInCue.of(cue, level)));
            }
        });
        CheckInDraft draft = new CheckInDraft(person.id(), when, context.get(), activity.get(), cues, note.get(),
                response.get());
        String problem = draft.problem(clock.instant());
        return problem == null ? new CheckInDraftOrProblem(draft, null) : new CheckInDraftOrProblem(null, problem);
    }

    /** Saves the form as a new check-in, or as changes to the one being edited. */
    public void save() {
        CheckInDraftOrProblem result = draft();
        if (result.problem() != null) {
            message.set(result.problem());
            return;
        }
        CheckIn current = editing.get();
        busy.set(true);
        dbThread.run(() -> current == null ? repository.add(result.draft())
                : repository.update(current.id(), result.draft()), saved -> {
                    busy.set(false);
                    clear();
                    message.set((current == null ? "Saved" : "Changes saved") + " for "
                            + shared.personProperty().get().name() + ". You can find it under Over time.");
                    shared.reload();
                }, error -> {
                    busy.set(false);
                    boolean full = error instanceof StorageException se && se.isDiskFull();
                    message.set(full ? error.getMessage()
                            : "This could not be saved; everything you wrote is still here. "
                            + CuesViewModel.message(error));
                });
    }

    /** Leaves editing without saving. */
    public void cancelEditing() {
        clear();
        message.set("");
    }

    record CheckInDraftOrProblem(CheckInDraft draft, String problem) {
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
        return suggestions;
    }

    public ObservableList<Practice> practices() {
        return practices;
    }

    public ReadOnlyObjectProperty<CheckIn> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanBinding canSave() {
        return Bindings.createBooleanBinding(() -> !busy.get() && shared.personProperty().get() != null,
                busy, shared.personProperty());
    }
}
