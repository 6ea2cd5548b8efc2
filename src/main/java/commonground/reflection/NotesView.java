package commonground.reflection;

import commonground.shell.FittingBorderPane;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Notes: search and filters on top, the list on the left, the open note on the right. */
final class NotesView extends FittingBorderPane {

    private static final String ALL_TAGS = "All tags";

    private final NotesViewModel model;
    private final PromptLibrary prompts;
    private final TextField search = new TextField();
    private final ComboBox<String> tagFilter = new ComboBox<>();
    private final ComboBox<PromptGroup> groupFilter = new ComboBox<>();
    private final ToggleButton showTrash = new ToggleButton("Trash", new FontIcon(Feather.TRASH));
    private final MenuButton newNote = new MenuButton("New note", new FontIcon(Feather.EDIT_3));
    private final ListView<NoteListItem> list = new ListView<>();
    private final Label count = new Label();
    private final Label message = new Label();
    private final Label activeFilters = new Label();
    private final Button showAll = new Button("Show all notes");
    private final Label emptyHint = new Label();
    private final Button showAllWhenEmpty = new Button("Show all notes");
    private final Label openNoteHidden = new Label();
    private final Button showOpenNote = new Button("Show all notes");
    /** True while the tag box's items are being replaced, so that is not taken for a choice. */
    private boolean refillingTags;
    private final NoteEditorView editorView;

    NotesView(NotesViewModel model, PromptLibrary prompts) {
        this.model = model;
        this.prompts = prompts;
        this.editorView = new NoteEditorView(model, prompts);
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        getStyleClass().add("notes-view");
        search.setId("note-search");
        // Short, so it is read whole beside the filters at the largest text size (the longer one was
        // cut there); how to find a phrase is in the tooltip.
        search.setPromptText("Search");
        search.setTooltip(new javafx.scene.control.Tooltip("Search your notes. Put words in \"quotes\" to find them as a phrase."));
        search.setAccessibleText("Search notes");
        tagFilter.setId("tag-filter");
        tagFilter.setPromptText(ALL_TAGS);
        tagFilter.getItems().setAll(ALL_TAGS);
        tagFilter.setValue(ALL_TAGS);
        tagFilter.setAccessibleText("Show notes with this tag");
        // The box shows the tag the list is filtered by, from the model, never a blank.
        tagFilter.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(shownTag());
            }
        });
        groupFilter.setId("group-filter");
        groupFilter.setPromptText("All prompts");
        groupFilter.setButtonCell(groupCell());
        groupFilter.valueProperty().addListener((obs, old, now) -> groupFilter.setTooltip(
                now == null ? null : new javafx.scene.control.Tooltip(now.name())));
        search.getStyleClass().add("note-search");
        showTrash.setMinWidth(USE_PREF_SIZE);
        newNote.setMinWidth(USE_PREF_SIZE);
        groupFilter.setCellFactory(v -> groupCell());
        groupFilter.getItems().add(null);
        groupFilter.getItems().addAll(prompts.groups());
        showTrash.setId("show-trash");
        newNote.setId("new-note");
        MenuItem blank = new MenuItem("A blank page");
        blank.setId("new-blank-note");
        blank.setOnAction(e -> startNote(null, null));
        newNote.getItems().addAll(blank, new SeparatorMenuItem());
        for (PromptGroup group : prompts.groups()) {
            Menu menu = new Menu(group.name());
            menu.setId("prompt-group-" + group.id());
            for (Prompt p : group.prompts()) {
                MenuItem item = new MenuItem(p.text());
                item.setId("prompt-" + p.id());
                item.setOnAction(e -> startNote(p, group));
                menu.getItems().add(item);
            }
            newNote.getItems().add(menu);
        }
        list.setId("note-list");
        list.setAccessibleText("Notes");
        list.setCellFactory(v -> new NoteCell(this::titleOf, this::groupName, model::loadMore));
        emptyHint.setId("notes-empty");
        emptyHint.getStyleClass().add("muted");
        emptyHint.setWrapText(true);
        showAllWhenEmpty.setId("show-all-notes-empty");
        VBox placeholder = new VBox(8, emptyHint, showAllWhenEmpty);
        placeholder.setAlignment(javafx.geometry.Pos.CENTER);
        placeholder.setPadding(new javafx.geometry.Insets(12));
        list.setPlaceholder(placeholder);
        activeFilters.setId("active-filters");
        activeFilters.setWrapText(true);
        activeFilters.setMinHeight(USE_PREF_SIZE);
        showAll.setId("show-all-notes");
        showAll.setMinWidth(USE_PREF_SIZE);
        openNoteHidden.setId("open-note-hidden");
        openNoteHidden.setWrapText(true);
        openNoteHidden.setMinHeight(USE_PREF_SIZE);
        showOpenNote.setId("show-open-note");
        showOpenNote.setMinWidth(USE_PREF_SIZE);
        count.setId("note-count");
        count.getStyleClass().add("cell-detail");
        message.setId("notes-message");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
    }

    private static ListCell<PromptGroup> groupCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(PromptGroup g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty ? null : g == null ? "All prompts" : g.name());
            }
        };
    }

    private void layoutParts() {
        // Wraps at large text in a narrow window, rather than running past the tab's edge (where
        // "New note" was cut off and the whole page with it).
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6, search, tagFilter, groupFilter,
                showTrash, newNote);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().addAll("toolbar-row", "notes-bar");
        VBox left = new VBox(6, list, count);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPrefWidth(260); // leaves the note, its tag field and its notice room beside it at 150% text
        left.setMinWidth(220);
        left.getStyleClass().add("notes-list-pane");
        HBox filtersRow = new HBox(8, activeFilters, showAll);
        filtersRow.getStyleClass().addAll("toolbar-row", "active-filters-row");
        filtersRow.setId("active-filters-row");
        HBox.setHgrow(activeFilters, Priority.ALWAYS);
        filtersRow.visibleProperty().bind(model.activeFiltersProperty().isNotEmpty());
        filtersRow.managedProperty().bind(filtersRow.visibleProperty());
        setTop(new VBox(6, bar, filtersRow, message));
        setLeft(left);
        // While the search or filters hide the open note, the note says so itself, never looking lost.
        HBox hiddenRow = new HBox(8, openNoteHidden, showOpenNote);
        hiddenRow.getStyleClass().addAll("toolbar-row", "open-note-hidden-row");
        hiddenRow.setId("open-note-hidden-row");
        HBox.setHgrow(openNoteHidden, Priority.ALWAYS);
        hiddenRow.visibleProperty().bind(model.openNoteHiddenProperty().isNotEmpty());
        hiddenRow.managedProperty().bind(hiddenRow.visibleProperty());
        // A border pane, as before the row was added, so the editor is given the page's width (a box
        // would give it its preferred width, and the gentle notice beside the note ran off the window).
        javafx.scene.layout.BorderPane center = new javafx.scene.layout.BorderPane(editorView);
        center.setTop(hiddenRow);
        javafx.scene.layout.BorderPane.setMargin(hiddenRow, new javafx.geometry.Insets(0, 0, 6, 0));
        setCenter(center);
    }

    private void setupBindings() {
        list.setItems(model.items());
        commonground.shell.ListPlace.keep(list); // a note from another computer does not move the list
        search.textProperty().bindBidirectional(model.searchTextProperty());
        showTrash.selectedProperty().bindBidirectional(model.showTrashProperty());
        groupFilter.valueProperty().bindBidirectional(model.groupFilterProperty());
        message.textProperty().bind(model.messageProperty());
        count.textProperty().bind(Bindings.createStringBinding(() -> NoteFilterWords.count(model.totalProperty().get(),
                model.showTrashProperty().get(), !model.activeFiltersProperty().get().isEmpty()),
                model.totalProperty(), model.showTrashProperty(), model.activeFiltersProperty()));
        model.tagsInUse().addListener((javafx.collections.ListChangeListener<TagCount>) c -> refillTags());
        model.tagFilterProperty().addListener((obs, old, now) -> refillTags());
        activeFilters.textProperty().bind(Bindings.createStringBinding(() -> "Showing only notes "
                + (model.showTrashProperty().get() ? "in the trash " : "") + "that match "
                + model.activeFiltersProperty().get() + ".", model.activeFiltersProperty(), model.showTrashProperty()));
        emptyHint.textProperty().bind(model.emptyTextProperty());
        openNoteHidden.textProperty().bind(model.openNoteHiddenProperty());
        showAllWhenEmpty.visibleProperty().bind(model.activeFiltersProperty().isNotEmpty());
        showAllWhenEmpty.managedProperty().bind(showAllWhenEmpty.visibleProperty());
        model.selectedProperty().addListener((obs, old, now) -> showSelected(now));
        // A note that a search took out of the list and showing all brought back is marked as open again.
        model.items().addListener((javafx.collections.ListChangeListener<NoteListItem>) c -> {
            if (list.getItems().contains(model.selectedProperty().get())) {
                showSelected(model.selectedProperty().get());
            }
        });
    }

    private void setupEventHandlers() {
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        tagFilter.valueProperty().addListener((obs, old, now) -> {
            if (!refillingTags && now != null) {
                model.tagFilterProperty().set(ALL_TAGS.equals(now) ? null : now);
            }
        });
        showAll.setOnAction(e -> model.showAll());
        showAllWhenEmpty.setOnAction(e -> model.showAll());
        showOpenNote.setOnAction(e -> model.showAll());
    }

    private void showSelected(NoteListItem now) {
        if (now == null) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedItem() != now) {
            list.getSelectionModel().select(now);
        }
    }

    /** The tag the list is filtered by, as the box shows it. */
    private String shownTag() {
        String tag = model.tagFilterProperty().get();
        return tag == null ? ALL_TAGS : tag;
    }

    /** The tags in use (and the chosen one, even if no note has it now), with the chosen one shown. */
    private void refillTags() {
        refillingTags = true;
        try {
            java.util.List<String> items = new java.util.ArrayList<>();
            items.add(ALL_TAGS);
            model.tagsInUse().forEach(t -> items.add(t.tag()));
            if (!items.contains(shownTag())) {
                items.add(shownTag());
            }
            if (!tagFilter.getItems().equals(items)) {
                tagFilter.getItems().setAll(items);
            }
            tagFilter.setValue(shownTag());
            if (tagFilter.getButtonCell() != null) {
                tagFilter.getButtonCell().setText(shownTag());
            }
        } finally {
            refillingTags = false;
        }
    }

    void startBlankNote() {
        startNote(null, null);
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void startNote(Prompt prompt, PromptGroup group) {
        model.newNote(prompt, group);
        editorView.focusText();
    }

    private String titleOf(NoteListItem item) {
        if (!item.title().isBlank()) {
            return item.title();
        }
        if (item.promptId() != null) {
            return prompts.prompt(item.promptId()).map(Prompt::text).orElse("An empty note");
        }
        return "An empty note";
    }

    private String groupName(NoteListItem item) {
        return item.promptGroup() == null ? null
                : prompts.group(item.promptGroup()).map(PromptGroup::name).orElse(null);
    }
}
