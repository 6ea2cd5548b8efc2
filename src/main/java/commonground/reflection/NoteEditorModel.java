package commonground.reflection;

import commonground.care.CareNotices;
import commonground.care.DistressNotice;
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

    private record PendingSave(long noteId, String text) {
    }

    /** What opening a note read: the note, and how many of its texts are kept as conflict copies. */
    private record Opened(java.util.Optional<Note> note, int conflicts) {
    }

    /** Said over the open note when another computer changed it too. */
    public static final String ALSO_CHANGED = "This note was also changed on another computer. Both versions "
            + "are kept: the other one is in Sync, under “Written on two computers at once”.";

    private final NoteRepository repository;
    private final DatabaseThread dbThread;
    private final Consumer<NoteListItem> onSaved;
    private final ZoneId savedAt;
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
    /** The gentle notice beside the text; it never holds up a save. */
    private final DistressNotice distress;
    /** Text that could not be saved yet, by note id; tried again on the next save. */
    private final Map<Long, String> unsaved = new LinkedHashMap<>();
    /**
     * By note id, the text the database held when the note was opened or last saved from here: a
     * save checks it, so a version that a sync brought in meanwhile is kept, not silently replaced.
     */
    private final Map<Long, String> bases = new java.util.HashMap<>();
    private final ReadOnlyStringWrapper alsoChanged = new ReadOnlyStringWrapper(this, "alsoChanged", "");
    /** Whether the user typed in the open note since it was opened. */
    private boolean typed;
    /** Conflict copies of the open note when it was opened; more after a sync means it changed on both. */
    private int conflictsAtOpen;
    private PendingSave pending;
    private boolean applying;
    private long openRequest;

    /** {@code zone} is where "Saved at HH:mm" is told in (the clock's zone). */
    public NoteEditorModel(NoteRepository repository, DatabaseThread dbThread, Consumer<NoteListItem> onSaved,
                           ZoneId zone, Pauses pauses) {
        this(repository, dbThread, onSaved, zone, pauses, CareNotices.inMemory());
    }

    /** With the gentle notices shared across the app. */
    public NoteEditorModel(NoteRepository repository, DatabaseThread dbThread, Consumer<NoteListItem> onSaved,
                           ZoneId zone, Pauses pauses, CareNotices care) {
        this.distress = new DistressNotice(care, "note", body);
        this.repository = repository;
        this.dbThread = dbThread;
        this.onSaved = onSaved;
        this.savedAt = zone;
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
                typed = true;
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

    /** True while the gentle notice should show beside the text (see {@link DistressNotice}). */
    public ReadOnlyBooleanProperty showDistressCardProperty() {
        return distress.showingProperty();
    }

    public DistressNotice distressNotice() {
        return distress;
    }

    /** {@link #ALSO_CHANGED} while the open note was changed on another computer too; empty otherwise. */
    public ReadOnlyStringProperty alsoChangedProperty() {
        return alsoChanged.getReadOnlyProperty();
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
            String base = bases.put(save.noteId(), save.text());
            dbThread.run(() -> repository.saveBodyOver(save.noteId(), base, save.text()), saved -> {
                NoteListItem item = saved.item();
                if (!hasUnsavedText()) {
                    status.set("Saved at " + commonground.shell.Dates.time(item.updatedAt().atZone(savedAt)));
                }
                if (saved.keptOther() && note.get() != null && note.get().id() == save.noteId()) {
                    alsoChanged.set(ALSO_CHANGED);
                }
                onSaved.accept(item);
            }, error -> {
                if (save.text().equals(bases.get(save.noteId()))) {
                    bases.put(save.noteId(), base); // not saved: the next try is checked against what is there
                }
                keepUnsaved(save, error);
            });
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
        dbThread.run(() -> new Opened(repository.find(id), repository.conflictCopies(id)), opened -> {
            if (request != openRequest) {
                return;
            }
            loading.set(false);
            conflictsAtOpen = opened.conflicts();
            opened.note().ifPresentOrElse(this::show, this::clear);
        }, error -> {
            loading.set(false);
            status.set("This note could not be opened. " + error.getMessage());
        });
    }

    private void show(Note n) {
        applying = true;
        try {
            distress.setItem("note:" + n.uuid());
            note.set(n);
            typed = false;
            alsoChanged.set("");
            if (pending == null || pending.noteId() != n.id()) {
                bases.put(n.id(), n.body()); // a save still on its way put its own text there already
            }
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
        bases.clear(); // The saves just started carry their own; opening a note reads its base again.
        openRequest++;
        loading.set(false);
        clear();
    }

    private void clear() {
        applying = true;
        try {
            distress.setItem(null);
            note.set(null);
            alsoChanged.set("");
            body.set("");
            tags.clear();
            status.set("");
        } finally {
            applying = false;
        }
    }

    /**
     * A sync brought in another computer's changes: reads the open note again. When the user has
     * not typed in it, what came in is shown. When they have, their text stays as it is, under
     * their fingers; the other computer's version is kept as a conflict copy (by the sync, or by the
     * next save, which checks what it replaces) and {@link #ALSO_CHANGED} says so.
     */
    public void refreshAfterSync() {
        Note open = note.get();
        if (open == null) {
            return;
        }
        long id = open.id();
        long request = openRequest;
        dbThread.run(() -> new Opened(repository.find(id), repository.conflictCopies(id)), opened -> {
            if (request != openRequest || note.get() == null || note.get().id() != id || opened.note().isEmpty()) {
                return; // another note was opened meanwhile, or this one is gone (a save then says so)
            }
            Note there = opened.note().get();
            boolean changedThere = !there.body().equals(bases.get(id));
            boolean mine = typed || pending != null || unsaved.containsKey(id);
            if (changedThere && !mine) {
                show(there);
                conflictsAtOpen = opened.conflicts();
                status.set("Brought in from your other computer.");
            } else if ((changedThere && !there.body().equals(body.get())) || opened.conflicts() > conflictsAtOpen) {
                alsoChanged.set(ALSO_CHANGED);
            }
        }, error -> status.set("This note could not be read again after the sync. " + error.getMessage()));
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
