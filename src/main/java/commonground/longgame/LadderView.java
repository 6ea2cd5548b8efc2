package commonground.longgame;

import commonground.people.Person;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/** The "Going first" tab: the next small step with a person, and the steps taken with how they landed. */
final class LadderView extends HBox {

    private final LadderViewModel model;
    private final ComboBox<Person> person = new ComboBox<>();
    private final Label rungTitle = new Label();
    private final Label rungAbout = new Label();
    private final Label why = new Label();
    private final Label reminder = new Label();
    private final ListView<String> suggestions = new ListView<>();
    private final TextField ownStep = new TextField();
    private final Button addOwn = new Button("Add my _own step", new FontIcon(Feather.PLUS));
    private final TextArea what = new TextArea();
    private final DatePicker day = new DatePicker();
    private Label dayProblem;
    private final ToggleGroup landed = new ToggleGroup();
    private final TextField note = new TextField();
    private final Button save = new Button("_Keep this step", new FontIcon(Feather.CHECK));
    private final Label message = new Label();
    private final commonground.care.SafetyPathView safety = new commonground.care.SafetyPathView("ladder");
    private final ListView<TakenStep> taken = new ListView<>();
    private final Button cancel = new Button("_Leave it as it was", new FontIcon(Feather.X));
    private final Button edit = new Button("_Edit", new FontIcon(Feather.EDIT_2));
    private final Button delete = new Button("_Delete\u2026", new FontIcon(Feather.TRASH_2));
    private final Button undo = new Button("_Undo", new FontIcon(Feather.ROTATE_CCW));
    private final Label editingLine = new Label();
    private Label whatLabel;
    private FlowPane keep;
    private final Label asked = new Label();
    private final Label askMessage = new Label();
    private final javafx.scene.layout.VBox followUp = new javafx.scene.layout.VBox(6);

    LadderView(LadderViewModel model) {
        super(16);
        this.model = model;
        initializeParts();
        layoutParts();
        setupBindings();
    }

    private void initializeParts() {
        setId("ladder-view");
        person.setId("ladder-person");
        person.setAccessibleText("Who the ladder is with");
        person.setConverter(LongGameLayout.personNames(person));
        rungTitle.setId("ladder-rung");
        rungTitle.getStyleClass().add("section-title");
        rungAbout.setWrapText(true);
        why.setId("ladder-why");
        why.setWrapText(true);
        why.getStyleClass().add("muted");
        reminder.setId("ladder-reminder");
        reminder.setWrapText(true);
        reminder.getStyleClass().add("ladder-reminder");
        suggestions.setId("ladder-suggestions");
        suggestions.setPrefHeight(130);
        suggestions.setPlaceholder(new Label("No steps here yet."));
        ownStep.setId("ladder-own-step");
        ownStep.setPrefColumnCount(16);
        ownStep.setMinWidth(Region.USE_PREF_SIZE);
        ownStep.setPromptText("Your own step");
        addOwn.setId("ladder-add-own");
        what.setId("ladder-what");
        what.setWrapText(true);
        what.setPrefRowCount(2);
        what.setPromptText("What you shared, in a few words. Pick a step above or write your own.");
        day.setId("ladder-day");
        day.setAccessibleText("The day you shared it");
        dayProblem = commonground.shell.DayPickers.install(day); // typed or picked, read the app's one way
        LongGameLayout.keepRoom(dayProblem); // appearing as the button is pressed, it pushed the button from under the pointer
        note.setId("ladder-note");
        note.setPromptText("What you noticed (optional)");
        save.setId("ladder-save");
        message.setId("ladder-message");
        message.getStyleClass().addAll("form-message", "reserved-line"); // room kept: nothing moves under the pointer
        editingLine.setId("ladder-editing");
        editingLine.getStyleClass().add("form-message");
        editingLine.setWrapText(true);
        editingLine.setMinHeight(Region.USE_PREF_SIZE);
        editingLine.managedProperty().bind(editingLine.textProperty().isNotEmpty());
        editingLine.visibleProperty().bind(editingLine.managedProperty());
        asked.setId("ladder-asked");
        asked.setWrapText(true);
        asked.setMinHeight(Region.USE_PREF_SIZE);
        askMessage.setId("ladder-ask-message");
        askMessage.getStyleClass().add("form-message");
        askMessage.setWrapText(true);
        message.setWrapText(true);
        taken.setId("ladder-taken");
        Label none = new Label("No steps taken yet. The smallest one is a fine start.");
        none.setWrapText(true);
        taken.setPlaceholder(none);
        taken.setCellFactory(v -> new EntryCell<>(item -> new EntryCell.Lines(
                TakenStep.DAY.format(item.takenOn()) + "  \u00B7  Step " + item.rung() + ": " + item.what(),
                (item.answered() ? "Landed: " + item.landed().label().toLowerCase(Locale.ENGLISH)
                        : "How it landed: not said yet")
                        + (item.note().isBlank() ? "" : " \u00B7 " + item.note()), null)));
        cancel.setId("ladder-cancel-edit");
        edit.setId("ladder-edit");
        delete.setId("ladder-delete");
        undo.setId("ladder-undo");
        for (Button b : new Button[] {edit, delete, undo}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    private RadioButton landing(Landing l, String id) {
        RadioButton b = new RadioButton(l.label());
        b.setId(id);
        b.setToggleGroup(landed);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setUserData(l);
        return b;
    }

    private void layoutParts() {
        whatLabel = LongGameLayout.label("What I _shared", what);
        FlowPane landings = new FlowPane(12, 6, landing(Landing.WARMLY, "ladder-warmly"),
                landing(Landing.NEUTRAL, "ladder-neutral"), landing(Landing.CLOSED_UP, "ladder-closed-up"));
        addOwn.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane own = new FlowPane(8, 6, ownStep, addOwn);
        own.visibleProperty().bind(model.safetyNoteProperty().isEmpty()); // no own steps to suggest either
        own.managedProperty().bind(own.visibleProperty());
        keep = new FlowPane(8, 6, save, cancel);
        FlowPane answers = new FlowPane(8, 6);
        for (Landing l : Landing.values()) {
            Button b = new Button(l.label());
            b.setId("ladder-answer-" + l.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> model.answer(l));
            answers.getChildren().add(b);
        }
        Label question = new Label("How did it go?");
        question.getStyleClass().add("section-title");
        javafx.scene.layout.VBox ask = new javafx.scene.layout.VBox(6, question, asked, answers);
        ask.visibleProperty().bind(model.unansweredProperty().isNotNull());
        ask.managedProperty().bind(ask.visibleProperty());
        followUp.getChildren().setAll(ask, askMessage);
        followUp.setId("ladder-follow-up");
        followUp.getStyleClass().add("ladder-reminder");
        followUp.visibleProperty().bind(model.unansweredProperty().isNotNull().or(model.askMessageProperty().isNotEmpty()));
        followUp.managedProperty().bind(followUp.visibleProperty());
        ScrollPane form = LongGameLayout.formColumn("ladder-scroll",
                LongGameLayout.sectionTitle("Going first, in small steps"),
                LongGameLayout.muted("Share a little of yourself, from very small to larger. The next size is "
                        + "suggested only after a step that landed warmly."),
                person, followUp, safety, rungTitle, rungAbout, why, suggestions, own, reminder,
                editingLine, whatLabel, what, day, dayProblem, LongGameLayout.label("How it landed (this can wait until you know)", landings), landings, note, keep, message);
        // At 150% text the form needs about 390 px (the own-step field and its button); never squeezed below.
        form.setMinWidth(410);
        form.setPrefWidth(480);
        FlowPane actions = new FlowPane(8, 6, edit, delete, undo);
        actions.getStyleClass().add("toolbar-row");
        getChildren().addAll(form, LongGameLayout.listColumn("Steps taken", taken, actions));
    }

    private void setupBindings() {
        person.setItems(model.persons());
        safety.setHeading("Why some suggestions are left out");
        safety.visibleProperty().bind(model.safetyNoteProperty().isNotEmpty());
        safety.managedProperty().bind(safety.visibleProperty());
        model.safetyNoteProperty().addListener((obs, old, now) -> safety.setText(now));
        for (javafx.scene.Node n : new javafx.scene.Node[] {rungTitle, rungAbout, why, suggestions, reminder}) {
            n.visibleProperty().bind(model.safetyNoteProperty().isEmpty());
            n.managedProperty().bind(n.visibleProperty());
        }
        person.valueProperty().bindBidirectional(model.personProperty());
        rungTitle.textProperty().bind(model.rungTitleProperty());
        rungAbout.textProperty().bind(model.rungAboutProperty());
        why.textProperty().bind(model.whyProperty());
        reminder.textProperty().bind(model.reminderProperty());
        suggestions.setItems(model.suggestions());
        suggestions.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.useSuggestion(now));
        ownStep.textProperty().bindBidirectional(model.ownStepProperty());
        what.textProperty().bindBidirectional(model.whatProperty());
        day.valueProperty().bindBidirectional(model.dayProperty());
        note.textProperty().bindBidirectional(model.noteProperty());
        landed.selectedToggleProperty().addListener((obs, old, now) ->
                model.landedProperty().set(now == null ? null : (Landing) now.getUserData()));
        model.landedProperty().addListener((obs, old, now) -> landed.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst()
                .ifPresentOrElse(landed::selectToggle, () -> landed.selectToggle(null)));
        message.textProperty().bind(model.messageProperty());
        editingLine.textProperty().bind(model.editingLineProperty());
        askMessage.textProperty().bind(model.askMessageProperty());
        asked.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            TakenStep t = model.unansweredProperty().get();
            return t == null ? "" : "On " + TakenStep.DAY.format(t.takenOn()) + " you shared: \u201c"
                    + TakenStep.shortened(t.what()) + "\u201d";
        }, model.unansweredProperty()));
        taken.setItems(model.taken());
        taken.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.chosenProperty().set(now));
        edit.disableProperty().bind(model.chosenProperty().isNull());
        delete.disableProperty().bind(model.chosenProperty().isNull());
        undo.visibleProperty().bind(model.deletedProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        cancel.visibleProperty().bind(model.editingProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        save.textProperty().bind(javafx.beans.binding.Bindings.when(model.editingProperty().isNull())
                .then("_Keep this step").otherwise("_Keep the changes"));
        addOwn.setOnAction(e -> model.addOwnStep());
        save.setOnAction(e -> {
            if (commonground.shell.DayPickers.read(day)) {
                model.save();
            } else {
                model.dayNotRead(); // said under the button too: the problem beside the day may be out of sight
            }
        });
        cancel.setOnAction(e -> model.cancelEditing());
        edit.setOnAction(e -> {
            model.editChosen();
            what.requestFocus();
            // The form is often scrolled away from the fields: bring what is being changed into view.
            javafx.application.Platform.runLater(() -> {
                commonground.shell.InView.reveal(keep);
                commonground.shell.InView.reveal(editingLine.isVisible() ? editingLine : whatLabel);
            });
        });
        delete.setOnAction(e -> model.deleteChosen());
        undo.setOnAction(e -> model.undoDelete());
    }
}
