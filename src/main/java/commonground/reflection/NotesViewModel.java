package commonground.reflection;

import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.shell.Pauses;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The notes screen: the list (a page at a time, or search results while the search box has
 * text), its filters, the trash, and the open note through {@link NoteEditorModel}.
 */
public final class NotesViewModel {

    static final int PAGE = 100;
    static final int SEARCH_LIMIT = 50;
    static final int TRASH_DAYS = 30;
    /** The search runs this long after the last key typed. */
    static final Duration SEARCH_DELAY = Duration.millis(120);

    private record Loaded(List<NoteListItem> items, int total, boolean more) {
    }

    private final NoteRepository repository;
    private final NoteSearch search;
    private final DatabaseThread dbThread;
    private final Dialogs dialogs;
    private final Clock clock;
    private final NoteEditorModel editor;
    private final ObservableList<NoteListItem> items = FXCollections.observableArrayList();
    private final ObservableList<TagCount> tagsInUse = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total", 0);
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<String> tagFilter = new SimpleObjectProperty<>(this, "tagFilter");
    private final ObjectProperty<PromptGroup> groupFilter = new SimpleObjectProperty<>(this, "groupFilter");
    private final BooleanProperty showTrash = new SimpleBooleanProperty(this, "showTrash", false);
    private final ObjectProperty<NoteListItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper activeFilters = new ReadOnlyStringWrapper(this, "activeFilters", "");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "No notes here yet.");
    private final ReadOnlyStringWrapper openNoteHidden = new ReadOnlyStringWrapper(this, "openNoteHidden", "");
    private final Pauses.Pause searchDelay;
    private long listRequest;
    private boolean more;
    private boolean loadingMore;
    private boolean purged;
    private boolean openNewest;
    /** The note started with "New note" and open since, until the user leaves it; null otherwise. */
    private Long fresh;
    /** The note that was open when the app locked, opened again once it is unlocked. */
    private Long reopenAfterUnlock;
    /** Whether that note was a new one ({@link #fresh}): locking neither keeps nor discards it. */
    private boolean reopenFresh;

    public NotesViewModel(NoteRepository repository, NoteSearch search, DatabaseThread dbThread, Dialogs dialogs,
                          Clock clock, Pauses pauses) {
        this(repository, search, dbThread, dialogs, clock, pauses, commonground.care.CareNotices.inMemory());
    }

    /** With the gentle notices shared across the app. */
    public NotesViewModel(NoteRepository repository, NoteSearch search, DatabaseThread dbThread, Dialogs dialogs,
                          Clock clock, Pauses pauses, commonground.care.CareNotices care) {
        this.repository = repository;
        this.search = search;
        this.dbThread = dbThread;
        this.dialogs = dialogs;
        this.clock = clock;
        this.editor = new NoteEditorModel(repository, dbThread, this::replace, clock.getZone(), pauses, care);
        this.searchDelay = pauses.create(SEARCH_DELAY, this::reload);
        editor.setOnTagsChanged(this::reloadTags);
        searchText.addListener((obs, old, now) -> searchDelay.playFromStart());
        javafx.beans.InvalidationListener describe = o -> describeFilters();
        // The list and the open note too: the open note may have left the list, or come back to it.
        List.<javafx.beans.Observable>of(searchText, tagFilter, groupFilter, showTrash, items, selected)
                .forEach(o -> o.addListener(describe));
        tagFilter.addListener((obs, old, now) -> reload());
        groupFilter.addListener((obs, old, now) -> reload());
        showTrash.addListener((obs, old, now) -> {
            selected.set(null);
            reload();
        });
        selected.addListener((obs, old, now) -> {
            if (now == null) {
                editor.close();
            } else if (old == null || old.id() != now.id()) {
                editor.open(now.id());
            }
            if (old != null && fresh != null && old.id() == fresh && (now == null || now.id() != fresh)) {
                discardIfUntouched(fresh);
            }
        });
    }

    public NoteEditorModel editor() {
        return editor;
    }

    public ObservableList<NoteListItem> items() {
        return items;
    }

    public ObservableList<TagCount> tagsInUse() {
        return tagsInUse;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<String> tagFilterProperty() {
        return tagFilter;
    }

    public ObjectProperty<PromptGroup> groupFilterProperty() {
        return groupFilter;
    }

    public BooleanProperty showTrashProperty() {
        return showTrash;
    }

    public ObjectProperty<NoteListItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The search and filters in force, in words ("the search \u201cwalk\u201d"), or empty when every note is shown. */
    public ReadOnlyStringProperty activeFiltersProperty() {
        return activeFilters.getReadOnlyProperty();
    }

    /** What the list says when it is empty: "No notes match …" while searching or filtering. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** Said over the open note while the search or filters hide it from the list; empty otherwise. */
    public ReadOnlyStringProperty openNoteHiddenProperty() {
        return openNoteHidden.getReadOnlyProperty();
    }

    /** Clears the search and the filters (the trash stays as it is): every note is listed again. */
    public void showAll() {
        searchText.set("");
        tagFilter.set(null);
        groupFilter.set(null);
        reload();
    }

    private void describeFilters() {
        String what = NoteFilterWords.describe(searchText.get(), tagFilter.get(), groupFilter.get());
        activeFilters.set(what);
        emptyText.set(NoteFilterWords.whenEmpty(what, showTrash.get()));
        openNoteHidden.set(NoteFilterWords.whenOpenNoteHidden(what, selected.get(), items));
    }

    private NoteFilter filter() {
        PromptGroup group = groupFilter.get();
        return new NoteFilter(tagFilter.get(), group == null ? null : group.id(), showTrash.get());
    }

    /**
     * The app is locking: what is pending is saved (queued before the key is forgotten), then the
     * open note, the list, the tags and the search are dropped, to be read again after unlocking
     * ({@link #onShow()} opens the same note). Text that could not be saved stays, as typed.
     */
    public void onLock() {
        NoteListItem open = selected.get();
        reopenAfterUnlock = open == null ? reopenAfterUnlock : Long.valueOf(open.id());
        reopenFresh = open == null ? reopenFresh : fresh != null && fresh == open.id();
        fresh = null; // a new note is not judged untouched while the key goes; it is again after unlock
        listRequest++; // answers still on their way are not shown
        selected.set(null); // saves what is pending and closes the editor
        searchText.set("");
        searchDelay.stop();
        items.clear();
        tagsInUse.clear();
        total.set(0);
        message.set("");
        more = false;
        loadingMore = false;
    }

    /** The first time: clears notes trashed more than 30 days ago. Then loads the list. */
    public void onShow() {
        if (reopenAfterUnlock != null) {
            long id = reopenAfterUnlock;
            reopenAfterUnlock = null;
            fresh = reopenFresh ? Long.valueOf(id) : null;
            openNote(id);
        }
        if (!purged) {
            purged = true;
            openNewest = true;
            Instant cutoff = clock.instant().minus(TRASH_DAYS, ChronoUnit.DAYS);
            dbThread.run(() -> repository.purgeTrashedBefore(cutoff), n -> { });
        }
        reload();
    }

    /** Loads the first page of the list, or the search results, for the current filters. */
    public void reload() {
        searchDelay.stop();
        long request = ++listRequest;
        NoteFilter filter = filter();
        String typed = searchText.get();
        boolean searching = typed != null && !typed.isBlank();
        dbThread.run(() -> {
            if (searching) {
                List<NoteListItem> hits = search.search(typed, true, filter, SEARCH_LIMIT);
                return new Loaded(hits, hits.size(), false);
            }
            List<NoteListItem> page = repository.page(filter, null, PAGE);
            return new Loaded(page, repository.count(filter), page.size() == PAGE);
        }, loaded -> {
            if (request != listRequest) {
                return;
            }
            more = loaded.more();
            loadingMore = false;
            NoteListItem keep = selected.get();
            commonground.shell.ReloadedList.setAll(items, loaded.items()); // an equal page: the list stays
            total.set(loaded.total());
            if (keep != null) {
                items.stream().filter(i -> i.id() == keep.id()).findFirst().ifPresent(selected::set);
            } else if (openNewest && !searching && !filter.trash() && !items.isEmpty()) {
                selected.set(items.get(0)); // the first time, the latest note is open and ready
            }
            openNewest = false;
        });
        reloadTags();
    }

    /** Loads the next page when the list is scrolled near its end. */
    public void loadMore() {
        if (!more || loadingMore || items.isEmpty()) {
            return;
        }
        loadingMore = true;
        long request = listRequest;
        NoteFilter filter = filter();
        NoteListItem after = items.get(items.size() - 1);
        dbThread.run(() -> repository.page(filter, after, PAGE), page -> {
            if (request != listRequest) {
                return;
            }
            loadingMore = false;
            more = page.size() == PAGE;
            items.addAll(page);
        });
    }

    private void reloadTags() {
        dbThread.run(repository::tags, tagsInUse::setAll);
    }

    /** Opens the note with this id (from Home), leaving the trash view; nothing happens if it is gone. */
    public void openNote(long id) {
        editor.flush();
        if (showTrash.get()) {
            showTrash.set(false);
        }
        dbThread.run(() -> repository.item(id), found -> found.ifPresent(item -> {
            openNewest = false;
            items.stream().filter(i -> i.id() == id).findFirst().ifPresentOrElse(selected::set,
                    () -> selected.set(item));
        }), error -> message.set("That note could not be opened. " + error.getMessage()));
    }

    /** Starts a new note, from {@code prompt} when given, and opens it. */
    public void newNote(Prompt prompt, PromptGroup group) {
        editor.flush();
        if (showTrash.get()) {
            showTrash.set(false);
        }
        String promptId = prompt == null ? null : prompt.id();
        String groupId = prompt == null || group == null ? null : group.id();
        dbThread.run(() -> repository.create(promptId, groupId), item -> {
            items.add(0, item);
            total.set(total.get() + 1);
            selected.set(item);
            fresh = item.id();
            message.set("");
        }, error -> message.set("A new note could not be started. " + error.getMessage()));
    }

    /** Moves the open note to the trash, from which it can be restored for 30 days. */
    public void moveToTrash() {
        NoteListItem item = selected.get();
        if (item == null) {
            return;
        }
        fresh = null; // trashed on purpose: kept in the trash like any other note
        editor.flush();
        dbThread.run(() -> {
            repository.moveToTrash(item.id());
            return null;
        }, ignored -> {
            removeFromList(item);
            message.set("Moved to the trash. You can restore it from there for " + TRASH_DAYS + " days.");
            reloadTags();
        }, error -> message.set("This note could not be moved to the trash. " + error.getMessage()));
    }

    /** Brings the selected note back from the trash. */
    public void restore() {
        NoteListItem item = selected.get();
        if (item == null || !item.trashed()) {
            return;
        }
        dbThread.run(() -> {
            repository.restore(item.id());
            return null;
        }, ignored -> {
            removeFromList(item);
            message.set("The note is back with your other notes.");
            reloadTags();
        }, error -> message.set("This note could not be restored. " + error.getMessage()));
    }

    /** Deletes the selected note from the trash for good, after asking. */
    public void deleteForever() {
        NoteListItem item = selected.get();
        if (item == null || !item.trashed() || !dialogs.confirm("Delete this note for good?",
                "It will be gone from this computer and cannot be brought back.", "Delete for good")) {
            return;
        }
        dbThread.run(() -> {
            repository.deleteForever(item.id());
            return null;
        }, ignored -> {
            removeFromList(item);
            message.set("The note was deleted.");
        }, error -> message.set("This note could not be deleted. " + error.getMessage()));
    }

    private void removeFromList(NoteListItem item) {
        selected.set(null);
        items.removeIf(i -> i.id() == item.id());
        total.set(Math.max(0, total.get() - 1));
    }

    /** After a save, shows the note's new title, word count and date where it is in the list. */
    private void replace(NoteListItem saved) {
        for (int i = 0; i < items.size(); i++) {
            NoteListItem old = items.get(i);
            if (old.id() == saved.id()) {
                NoteListItem now = saved.withSnippet(old.snippet());
                items.set(i, now);
                if (selected.get() != null && selected.get().id() == saved.id()) {
                    selected.set(now);
                }
                return;
            }
        }
    }

    /** Saves what is pending (on switching modules and on closing); a new note left without a word is not kept. */
    public void flush() {
        editor.flush();
        boolean untouched = editor.bodyProperty().get() == null || editor.bodyProperty().get().isBlank();
        if (fresh != null && selected.get() != null && selected.get().id() == fresh && untouched
                && editor.tags().isEmpty()) {
            selected.set(null);
        }
    }

    /** Deletes the new note {@code id} if nothing was written in it, and takes it off the list. */
    private void discardIfUntouched(long id) {
        fresh = null;
        dbThread.run(() -> repository.discardIfEmpty(id), discarded -> {
            if (discarded && items.removeIf(i -> i.id() == id)) {
                total.set(Math.max(0, total.get() - 1));
            }
        }, error -> message.set("An empty note could not be tidied away. " + error.getMessage()));
    }
}
