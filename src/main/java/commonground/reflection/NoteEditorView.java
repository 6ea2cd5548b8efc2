package commonground.reflection;

import commonground.care.DistressCard;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The open note: its prompt, the text, tags, word count, dates and what has been saved. */
final class NoteEditorView extends StackPane {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final NotesViewModel model;
    private final NoteEditorModel editor;
    private final PromptLibrary prompts;
    private final Label prompt = new Label();
    private final TextArea body = new TextArea();
    private boolean focusNextNote;
    private final FlowPane tagChips = new FlowPane(6, 6);
    private final TextField tagInput = new TextField();
    private final Label wordCount = new Label();
    private final Label dates = new Label();
    private final Label status = new Label();
    private final Label tagMessage = new Label();
    /** Said when another computer changed the open note too; both versions are kept. */
    private final Label alsoChanged = new Label();
    private final Button trash = new Button("Move to trash", new FontIcon(Feather.TRASH_2));
    private final Button restore = new Button("Restore", new FontIcon(Feather.ROTATE_CCW));
    private final Button deleteForever = new Button("Delete for good…", new FontIcon(Feather.X_CIRCLE));
    private final Label empty = new Label("Choose a note, or start a new one. What you write is saved as you go.");
    private final VBox page = new VBox(10);

    NoteEditorView(NotesViewModel model, PromptLibrary prompts) {
        this.model = model;
        this.editor = model.editor();
        this.prompts = prompts;
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        getStyleClass().add("note-editor");
        prompt.setId("note-prompt");
        prompt.getStyleClass().add("note-prompt");
        prompt.setWrapText(true);
        prompt.setMinHeight(USE_PREF_SIZE);
        body.setId("note-body");
        body.setWrapText(true);
        body.setPromptText("Write freely. This is only for you.");
        body.setAccessibleText("Note text");
        tagInput.setId("tag-input");
        tagInput.setPromptText("Add a tag and press Enter");
        tagInput.getStyleClass().add("tag-input");
        tagInput.setPrefColumnCount(19);
        tagChips.setId("note-tags");
        wordCount.setId("word-count");
        dates.setId("note-dates");
        status.setId("save-status");
        tagMessage.getStyleClass().add("form-message");
        alsoChanged.setId("note-also-changed");
        alsoChanged.getStyleClass().add("form-message");
        alsoChanged.setWrapText(true);
        alsoChanged.setMinHeight(USE_PREF_SIZE);
        for (Label l : new Label[] {wordCount, dates, status}) {
            l.getStyleClass().add("muted");
        }
        wordCount.setMinWidth(USE_PREF_SIZE);
        status.setMinWidth(USE_PREF_SIZE);
        dates.setWrapText(true);
        dates.setMinHeight(USE_PREF_SIZE);
        for (Button b : new Button[] {trash, restore, deleteForever}) {
            b.setMinWidth(USE_PREF_SIZE);
        }
        // Until a note in the trash is open, only "Move to trash" takes room.
        for (Button b : new Button[] {restore, deleteForever}) {
            b.setVisible(false);
            b.setManaged(false);
        }
        trash.setId("trash-note");
        restore.setId("restore-note");
        deleteForever.setId("delete-note");
        empty.setId("note-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add("muted");
    }

    private void layoutParts() {
        HBox tagRow = new HBox(8, new FontIcon(Feather.TAG), tagChips, tagInput, tagMessage);
        tagRow.getStyleClass().add("toolbar-row");
        HBox.setHgrow(tagChips, Priority.SOMETIMES);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Word count and save state on one line, the dates under them (they wrap before they clip).
        VBox facts = new VBox(2, new HBox(14, wordCount, status), dates);
        HBox.setHgrow(facts, Priority.SOMETIMES);
        HBox footer = new HBox(14, facts, spacer, trash, restore, deleteForever);
        footer.getStyleClass().add("toolbar-row");
        // The gentle notice sits beside the text, never over it, and takes no room while hidden.
        // Beside it while there is room, under it when not (large text): never cut at the page's edge.
        commonground.care.BesideText writing = new commonground.care.BesideText(body,
                new DistressCard(editor.distressNotice()));
        page.getChildren().setAll(prompt, alsoChanged, writing, tagRow, footer);
        VBox.setVgrow(writing, Priority.ALWAYS);
        getChildren().setAll(page, empty);
    }

    private void setupBindings() {
        body.textProperty().bindBidirectional(editor.bodyProperty());
        alsoChanged.textProperty().bind(editor.alsoChangedProperty());
        alsoChanged.visibleProperty().bind(editor.alsoChangedProperty().isNotEmpty());
        alsoChanged.managedProperty().bind(alsoChanged.visibleProperty());
        page.visibleProperty().bind(editor.noteProperty().isNotNull());
        page.managedProperty().bind(page.visibleProperty());
        empty.visibleProperty().bind(editor.noteProperty().isNull());
        body.disableProperty().bind(editor.loadingProperty());
        status.textProperty().bind(editor.statusProperty());
        wordCount.textProperty().bind(Bindings.createStringBinding(
                () -> NoteCell.words(editor.wordCountProperty().get()), editor.wordCountProperty()));
        editor.noteProperty().addListener((obs, old, now) -> {
            showNote(now);
            if (focusNextNote && now != null) {
                focusNextNote = false;
                javafx.application.Platform.runLater(body::requestFocus);
            }
        });
        editor.tags().addListener((ListChangeListener<String>) c -> showTags());
    }

    private void showNote(Note note) {
        if (note == null) {
            return;
        }
        String promptText = note.promptId() == null ? null
                : prompts.prompt(note.promptId()).map(Prompt::text).orElse(null);
        prompt.setText(promptText == null ? "" : promptText);
        prompt.setVisible(promptText != null);
        prompt.setManaged(promptText != null);
        dates.setText("Started " + WHEN.format(note.createdAt()) + " · changed " + WHEN.format(note.updatedAt()));
        boolean trashed = note.trashed();
        body.setEditable(!trashed);
        tagInput.setDisable(trashed);
        trash.setVisible(!trashed);
        trash.setManaged(!trashed);
        restore.setVisible(trashed);
        restore.setManaged(trashed);
        deleteForever.setVisible(trashed);
        deleteForever.setManaged(trashed);
        tagMessage.setText("");
    }

    private void showTags() {
        tagChips.getChildren().clear();
        for (String tag : editor.tags()) {
            Button chip = new Button(tag, new FontIcon(Feather.X));
            chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            chip.getStyleClass().add("tag-chip");
            chip.setId("tag-chip-" + tag.replaceAll("[^\\p{L}\\p{N}]+", "-"));
            chip.setAccessibleText("Remove tag " + tag);
            chip.setOnAction(e -> editor.removeTag(tag));
            tagChips.getChildren().add(chip);
        }
    }

    private void setupEventHandlers() {
        tagInput.setOnAction(e -> {
            String problem = editor.addTag(tagInput.getText());
            tagMessage.setText(problem == null ? "" : problem);
            if (problem == null) {
                tagInput.clear();
            }
        });
        trash.setOnAction(e -> model.moveToTrash());
        restore.setOnAction(e -> model.restore());
        deleteForever.setOnAction(e -> model.deleteForever());
    }

    /** Puts the caret in the text, for a note just started. */
    /** Moves the focus to the text of the next note shown (a new note is made in the background first). */
    void focusText() {
        focusNextNote = true;
        body.requestFocus();
    }
}
