package commonground.longgame;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;


/** The "Who knows what" tab: per situation, who knows, who still needs to hear it, and what stays private. */
final class WhoKnowsView extends HBox {


    private final WhoKnowsViewModel model;
    private final ComboBox<NewsSituation> situation = new ComboBox<>();
    private final TextField newTitle = new TextField();
    private final Button create = new Button("_Start", new FontIcon(Feather.PLUS));
    private final TextArea keepPrivate = new TextArea();
    private final Button savePrivate = new Button("Keep _this", new FontIcon(Feather.LOCK));
    private final TextField name = new TextField();
    private final TextArea knows = new TextArea();
    private final TextField toldBy = new TextField();
    private final DatePicker toldOn = new DatePicker();
    private Label toldOnProblem;
    private final javafx.scene.control.CheckBox stillToTell = new javafx.scene.control.CheckBox("They still need to _hear it");
    private final Button add = new Button("_Add to the list", new FontIcon(Feather.USER_PLUS));
    private final Label message = new Label();
    private final Label privateNote = new Label();
    private Label nameLabel;
    private final Label situationMessage = new Label();
    private final Label privateMessage = new Label();
    private final ListView<ToldEntry> told = new ListView<>();
    private final ListView<ToldEntry> toTell = new ListView<>();
    private final Button markTold = new Button("They have been _told today", new FontIcon(Feather.CHECK));
    private final Button cancel = new Button("_Leave it as it was", new FontIcon(Feather.X));
    private final Button edit = new Button("_Edit", new FontIcon(Feather.EDIT_2));
    private final Button delete = new Button("_Delete\u2026", new FontIcon(Feather.TRASH_2));
    private final Button undo = new Button("_Undo", new FontIcon(Feather.ROTATE_CCW));
    /** The entry chosen in either list (choosing in one list clears the other). */
    private final javafx.beans.property.ObjectProperty<ToldEntry> chosen =
            new javafx.beans.property.SimpleObjectProperty<>(this, "chosen");

    WhoKnowsView(WhoKnowsViewModel model) {
        super(16);
        this.model = model;
        initializeParts();
        layoutParts();
        setupBindings();
    }

    private void initializeParts() {
        setId("who-knows-view");
        situation.setId("who-knows-situation");
        situation.setPromptText("No situation yet");
        situation.setConverter(new StringConverter<>() {
            @Override
            public String toString(NewsSituation s) {
                return s == null ? "" : s.title();
            }

            @Override
            public NewsSituation fromString(String s) {
                return null;
            }
        });
        newTitle.setId("who-knows-new-title");
        newTitle.setPromptText("A new situation");
        create.setId("who-knows-create");
        create.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        keepPrivate.setId("who-knows-private");
        keepPrivate.getStyleClass().add("who-knows-private");
        keepPrivate.setWrapText(true);
        keepPrivate.setPrefRowCount(3);
        keepPrivate.setPromptText("For example: not to tell his sister yet; nothing about the scans");
        savePrivate.setId("who-knows-save-private");
        name.setId("who-knows-name");
        name.setPromptText("Who, such as Aunt Ruth");
        knows.setId("who-knows-knows");
        knows.setWrapText(true);
        knows.setPrefRowCount(2);
        knows.setPromptText("What they know, in a few words (optional)");
        toldBy.setId("who-knows-told-by");
        toldBy.setPromptText("Told by (optional)");
        toldOn.setId("who-knows-told-on");
        stillToTell.setId("who-knows-still-to-tell");
        toldOn.setMaxWidth(Double.MAX_VALUE);
        toldOnProblem = commonground.shell.DayPickers.install(toldOn); // typed or picked, read the app's one way
        LongGameLayout.keepRoom(toldOnProblem); // appearing as the button is pressed, it pushed the button from under the pointer
        add.setId("who-knows-add");
        message.setId("who-knows-message");
        message.getStyleClass().addAll("form-message", "reserved-line"); // room kept: nothing moves under the pointer
        message.setWrapText(true);
        privateNote.setId("who-knows-private-note");
        privateNote.getStyleClass().add("who-knows-note");
        privateNote.setWrapText(true);
        privateNote.setMinHeight(Region.USE_PREF_SIZE);
        privateNote.setPrefWidth(0); // wraps to the column's width, never widening it (the form beside was narrowed)
        privateNote.setMaxWidth(Double.MAX_VALUE);
        privateNote.managedProperty().bind(privateNote.textProperty().isNotEmpty());
        privateNote.visibleProperty().bind(privateNote.managedProperty());
        situationMessage.setId("who-knows-situation-message");
        privateMessage.setId("who-knows-private-message");
        for (Label l : new Label[] {situationMessage, privateMessage}) {
            l.getStyleClass().add("form-message");
            l.setWrapText(true);
            // Room kept for the line: appearing, it pushed the fields below down under the pointer.
            l.getStyleClass().add("reserved-line");
        }
        told.setId("who-knows-told");
        Label nobody = new Label("Nobody on the list has been told yet.");
        nobody.setWrapText(true);
        told.setPlaceholder(nobody);
        told.setCellFactory(v -> cell(false));
        toTell.setId("who-knows-to-tell");
        toTell.setPlaceholder(new Label("Nobody is waiting to hear it."));
        toTell.setCellFactory(v -> cell(true));
        toTell.setPrefHeight(140);
        markTold.setId("who-knows-mark-told");
        cancel.setId("who-knows-cancel-edit");
        edit.setId("who-knows-edit");
        delete.setId("who-knows-delete");
        undo.setId("who-knows-undo");
        for (Button b : new Button[] {add, cancel, markTold, edit, delete, undo, savePrivate}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    private static ListCell<ToldEntry> cell(boolean waiting) {
        return new EntryCell<>(item -> new EntryCell.Lines(waiting ? item.name()
                : item.name() + "  \u00B7  told " + commonground.shell.Dates.day(item.toldOn())
                + (item.toldBy().isBlank() ? "" : " by " + item.toldBy()),
                item.knows().isBlank() ? null : "Knows: " + item.knows(), waiting ? "who-knows-to-tell" : null));
    }

    private void layoutParts() {
        HBox start = new HBox(8, newTitle, create);
        nameLabel = LongGameLayout.label("_Name", name);
        HBox.setHgrow(newTitle, Priority.ALWAYS);
        situation.setMaxWidth(Double.MAX_VALUE);
        ScrollPane form = LongGameLayout.formColumn("who-knows-scroll",
                LongGameLayout.sectionTitle("Who knows what"),
                LongGameLayout.muted("When the news is hard, keeping track is one less thing to hold in your "
                        + "head. Only you see this."),
                LongGameLayout.label("_Situation", situation), situation, start,
                situationMessage, LongGameLayout.label("What they asked to keep _private", keepPrivate), keepPrivate,
                savePrivate, privateMessage,
                nameLabel, name, LongGameLayout.label("What they _know", knows), knows,
                LongGameLayout.label("Who _told them", toldBy), toldBy, LongGameLayout.label("_When", toldOn), toldOn, toldOnProblem,
                stillToTell, new FlowPane(8, 6, add, cancel), message);
        FlowPane actions = new FlowPane(8, 6, markTold, edit, delete, undo);
        actions.getStyleClass().add("toolbar-row");
        getChildren().addAll(form, LongGameLayout.listColumn("Who knows", told,
                LongGameLayout.sectionTitle("Still needs to hear it"), toTell, privateNote, actions));
        // The note sits under the list the person was just added to, in sight: under the button it was below the fold.
    }

    private void setupBindings() {
        situation.setItems(model.situations());
        // Not bound both ways: a ComboBox empties its value when the chosen item is replaced in its
        // list (as keeping what stays private does), and that must not unchoose the situation.
        situation.setValue(model.situationProperty().get());
        situation.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.situationProperty().set(now);
            } else if (model.situationProperty().get() != null) {
                // emptied by the ComboBox itself (its list changed): show the chosen one again once it is done
                javafx.application.Platform.runLater(() -> situation.setValue(model.situationProperty().get()));
            }
        });
        model.situationProperty().addListener((obs, old, now) -> situation.setValue(now));
        model.situations().addListener((javafx.collections.ListChangeListener<NewsSituation>) c ->
                situation.setValue(model.situationProperty().get()));
        newTitle.textProperty().bindBidirectional(model.newTitleProperty());
        keepPrivate.textProperty().bindBidirectional(model.keepPrivateProperty());
        name.textProperty().bindBidirectional(model.nameProperty());
        knows.textProperty().bindBidirectional(model.knowsProperty());
        toldBy.textProperty().bindBidirectional(model.toldByProperty());
        toldOn.valueProperty().bindBidirectional(model.toldOnProperty());
        stillToTell.selectedProperty().bindBidirectional(model.stillToTellProperty());
        toldOn.disableProperty().bind(stillToTell.selectedProperty());
        message.textProperty().bind(model.messageProperty());
        privateNote.textProperty().bind(model.privateNoteProperty());
        situationMessage.textProperty().bind(model.situationMessageProperty());
        privateMessage.textProperty().bind(model.privateMessageProperty());
        told.setItems(model.told());
        toTell.setItems(model.toTell());
        told.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> choose(now, toTell));
        toTell.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> choose(now, told));
        markTold.disableProperty().bind(toTell.getSelectionModel().selectedItemProperty().isNull());
        edit.disableProperty().bind(chosen.isNull());
        delete.disableProperty().bind(chosen.isNull());
        undo.visibleProperty().bind(model.deletedProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        cancel.visibleProperty().bind(model.editingProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        add.textProperty().bind(javafx.beans.binding.Bindings.when(model.editingProperty().isNull())
                .then("_Add to the list").otherwise("_Keep the changes"));
        create.setOnAction(e -> model.create());
        savePrivate.setOnAction(e -> model.saveKeepPrivate());
        add.setOnAction(e -> {
            if (stillToTell.isSelected() || commonground.shell.DayPickers.read(toldOn)) {
                model.addPerson();
            } else {
                model.dayNotRead(); // said under the button too: the problem beside the day may be out of sight
            }
        });
        cancel.setOnAction(e -> model.cancelEditing());
        markTold.setOnAction(e -> model.markTold(toTell.getSelectionModel().getSelectedItem(), ""));
        edit.setOnAction(e -> {
            model.edit(chosen.get());
            name.requestFocus();
            // The form is often scrolled away from the fields: bring the entry being changed into view.
            javafx.application.Platform.runLater(() -> {
                commonground.shell.InView.reveal(add);
                commonground.shell.InView.reveal(nameLabel);
            });
        });
        delete.setOnAction(e -> model.delete(chosen.get()));
        undo.setOnAction(e -> model.undoDelete());
    }

    private void choose(ToldEntry entry, ListView<ToldEntry> other) {
        if (entry != null) {
            other.getSelectionModel().clearSelection();
        }
        chosen.set(entry != null ? entry : other.getSelectionModel().getSelectedItem());
    }

    void focusNewTitle() {
        newTitle.requestFocus();
    }
}
