package commonground.reflection;

import commonground.shell.DatabaseThread;
import commonground.shell.Pauses;
import commonground.storage.StorageException;
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
import javafx.util.Duration;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The open note and its autosave. Each change is saved at most a second after it was typed
 * (sooner when typing pauses), on the database thread. Every pending save carries the id of the
 * note it was typed into, and switching notes, leaving the module or closing the app saves first,
 * so text never lands in another note. A save that fails (a full disk) is kept and tried again.
 */
public final class NoteEditorModel {

    static final Duration IDLE = Duration.millis(400);
    static final Duration MAX_WAIT = Duration.millis(1000);
    static final Duration RETRY = Duration.seconds(3);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private record PendingSave(long noteId, String text) {
    }

    private final NoteRepository repository;
    private final DatabaseThread dbThread;
    private final Consumer<NoteListItem> onSaved;
    private final DateTimeFormatter savedAt;
    private final ReadOnlyObjectWrapper<Note> note = new ReadOnlyObjectWrapper<>(this, "note");
    private final StringProperty body = new SimpleStringProperty(this, "body", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyIntegerWrapper wordCount = new ReadOnlyIntegerWrapper(this, "wordCount", 0);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final Pauses.Pause idle;
    private final Pauses.Pause maxWait;
    /** After a failed save, the unsaved text is tried again on its own after this pause. */
    private final Pauses.Pause retry;
    /** Text that could not be saved yet, by note id; tried again on the next save. */
    private final Map<Long, String> unsaved = new LinkedHashMap<>();
    private PendingSave pending;
    private boolean applying;
    private long openRequest;

    /** {@code zone} is where "Saved at HH:mm" is told in (the clock's zone). */
    public NoteEditorModel(NoteRepository repository, DatabaseThread dbThread, Consumer<NoteListItem> onSaved,
                           ZoneId zone, Pauses pauses) {
        this.repository = repository;
        this.dbThread = dbThread;
        this.onSaved = onSaved;
        this.savedAt = TIME.withZone(zone);
        idle = pauses.create(IDLE, this::flush);
        maxWait = pauses.create(MAX_WAIT, this::flush);
        retry = pauses.create(RETRY, () -> {
            if (hasUnsavedText()) {
                flush();
            }
        });
        body.addListener((obs, old, now) -> {
            wordCount.set(NoteText.wordCount(now));
            if (!applying && note.get() != null) {
                pending = new PendingSave(note.get().id(), now);
                status.set("Not saved yet");
                idle.playFromStart();
                if (!maxWait.isRunning()) {
                    maxWait.playFromStart();
                }
            }
        });
    }

    public ReadOnlyObjectProperty<Note> noteProperty() {
        return note.getReadOnlyProperty();
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty wordCountProperty() {
        return wordCount.getReadOnlyProperty();
    }

    public ObservableList<String> tags() {
        return tags;
    }

    /** True while text typed here has not reached the database yet. */
    public boolean hasUnsavedText() {
        return pending != null || !unsaved.isEmpty();
    }

    /** Saves what is pending now, without waiting for the typing pause. */
    public void flush() {
        idle.stop();
        maxWait.stop();
        List<PendingSave> saves = new ArrayList<>();
        unsaved.forEach((id, text) -> saves.add(new PendingSave(id, text)));
        unsaved.clear();
        if (pending != null) {
            saves.removeIf(s -> s.noteId() == pending.noteId());
            saves.add(pending);
            pending = null;
        }
        for (PendingSave save : saves) {
            String problem = NoteText.problemWith(save.text());
            if (problem != null) {
                unsaved.put(save.noteId(), save.text());
                status.set(problem);
                continue;
            }
            status.set("Saving…");
            dbThread.run(() -> repository.saveBody(save.noteId(), save.text()), item -> {
                if (!hasUnsavedText()) {
                    status.set("Saved at " + savedAt.format(item.updatedAt()));
                }
                onSaved.accept(item);
            }, error -> keepUnsaved(save, error));
        }
    }

    private void keepUnsaved(PendingSave save, Throwable error) {
        boolean newer = pending != null && pending.noteId() == save.noteId();
        if (!newer) {
            unsaved.putIfAbsent(save.noteId(), save.text());
        }
        retry.playFromStart();
        boolean diskFull = error instanceof StorageException se && se.isDiskFull();
        status.set(diskFull ? "The disk is full, so this is not saved yet. Your text is still here; "
                + "it will be saved when there is space again." : "Not saved yet: " + error.getMessage()
                + " Your text is still here.");
    }

    /** Saves what is pending, then opens note {@code id}. */
    public void open(long id) {
        flush();
        long request = ++openRequest;
        loading.set(true);
        dbThread.run(() -> repository.find(id), found -> {
            if (request != openRequest) {
                return;
            }
            loading.set(false);
            found.ifPresentOrElse(this::show, this::clear);
        }, error -> {
            loading.set(false);
            status.set("This note could not be opened. " + error.getMessage());
        });
    }

    private void show(Note n) {
        applying = true;
        try {
            note.set(n);
            String kept = unsaved.get(n.id());
            body.set(kept != null ? kept : n.body());
            tags.setAll(n.tags());
            status.set(kept != null ? "Not saved yet" : "");
        } finally {
            applying = false;
        }
    }

    /** Saves what is pending and shows no note. */
    public void close() {
        flush();
        openRequest++;
        loading.set(false);
        clear();
    }

    private void clear() {
        applying = true;
        try {
            note.set(null);
            body.set("");
            tags.clear();
            status.set("");
        } finally {
            applying = false;
        }
    }

    /** Adds a tag to the open note; returns a message when it cannot be used, or null. */
    public String addTag(String typed) {
        String tag = NoteText.normalizeTag(typed);
        if (tag == null) {
            return "A tag is a word or two, up to " + NoteText.MAX_TAG + " characters.";
        }
        if (tags.contains(tag)) {
            return null;
        }
        if (tags.size() >= NoteText.MAX_TAGS) {
            return "A note can have up to " + NoteText.MAX_TAGS + " tags.";
        }
        List<String> next = new ArrayList<>(tags);
        next.add(tag);
        saveTags(next);
        return null;
    }

    public void removeTag(String tag) {
        List<String> next = new ArrayList<>(tags);
        next.remove(tag);
        saveTags(next);
    }

    private Runnable onTagsChanged = () -> { };

    void setOnTagsChanged(Runnable r) {
        onTagsChanged = r;
    }

    private void saveTags(List<String> next) {
        Note n = note.get();
        if (n == null) {
            return;
        }
        dbThread.run(() -> repository.setTags(n.id(), next), saved -> {
            if (note.get() != null && note.get().id() == n.id()) {
                tags.setAll(saved);
            }
            onTagsChanged.run();
        }, error -> status.set("The tags could not be saved. " + error.getMessage()));
    }
}
