package commonground.cues;

import commonground.care.DistressCard;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDate;

/** The Check in tab: when and what you were doing, the cues you noticed, and gentle ways to respond. */
final class CheckInView extends ScrollPane {

    private final CheckInViewModel model;
    private final CuesViewModel shared;
    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();
    private final TextField context = new TextField();
    private final ComboBox<String> activity = new ComboBox<>();
    private final TextField search = new TextField();
    private final CueChecklist checklist;
    private final CueSuggestionsView suggestions;
    private final TextArea note = new TextArea();
    private final TextArea response = new TextArea();
    private final Button save = new Button("_Save check-in", new FontIcon(Feather.CHECK));
    private final Button cancelEdit = new Button("Stop editing");
    /** Under Save, in room kept for it: "Tick at least one cue…" was cut at the bottom edge. */
    private final commonground.shell.AnswerLine message = new commonground.shell.AnswerLine("check-in-message")
            .keepingLines(3); // half the page wide: three lines at 150%
    private final Label formTitle = new Label();
    private final Label dateProblem = new Label();
    private final Label timeProblem = new Label();

    private final commonground.shell.ComeBackChoice comeBack;
    /** Brings Save back to where it was pressed, once the answer has come (null when there is none to wait for). */
    private Runnable holdSave;

    CheckInView(CheckInViewModel model, CuesViewModel shared) {
        this(model, shared, null);
    }

    /** {@code comeBack} is the "Come back to this on" field shown after saving, or null for none. */
    CheckInView(CheckInViewModel model, CuesViewModel shared, commonground.shell.ComeBackChoice comeBack) {
        this.model = model;
        this.comeBack = comeBack;
        this.shared = shared;
        this.checklist = new CueChecklist(model, shared.checklistCues());
        this.suggestions = new CueSuggestionsView(model);
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        getStyleClass().add("page-scroll");
        setFitToWidth(true);
        date.setId("check-in-date");
        date.getStyleClass().add("check-in-date"); // width in em, in cues.css, so it grows with the text
        date.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        date.setEditable(true);
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                // Text that could not be read stays in the field so it can be corrected.
                String unread = model.unreadDateProperty().get();
                return unread.isEmpty() ? model.formatDate(day) : unread;
            }

            @Override
            public LocalDate fromString(String text) {
                return model.dateTyped(text); // never throws
            }
        });
        // Words, never a day: a grey day in an empty field was read as a day chosen.
        date.setPromptText("Pick a day");
        date.setTooltip(new javafx.scene.control.Tooltip("Pick the day from the calendar, or type it like "
                + model.formatDate(LocalDate.of(2026, 11, 24)) + "."));
        dateProblem.setId("check-in-date-problem");
        dateProblem.getStyleClass().add("form-message");
        dateProblem.setWrapText(true);
        dateProblem.setMaxWidth(320);
        timeProblem.setId("check-in-time-problem");
        timeProblem.getStyleClass().add("form-message");
        timeProblem.setWrapText(true);
        timeProblem.setMaxWidth(320);
        time.setId("check-in-time");
        time.setPrefColumnCount(5);
        time.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        time.setPromptText("18:30");
        context.setId("check-in-context");
        context.setPromptText("For example: cooking dinner, a drive to the shops");
        activity.setId("check-in-activity");
        activity.setEditable(true);
        activity.setPromptText("A short tag, such as walking");
        activity.setMaxWidth(Double.MAX_VALUE);
        search.setId("cue-search");
        // Short enough to be read whole beside the list at the largest text size.
        search.setPromptText("Search, such as quiet");
        search.setAccessibleText("Search the cues, such as quiet or laugh");
        note.setId("check-in-note");
        note.setPromptText("Anything else you want to remember (optional)");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        response.setId("check-in-response");
        response.setPromptText("A nod, sitting together, a few words... and how it seemed to land");
        response.setWrapText(true);
        response.setPrefRowCount(4);
        save.setId("save-check-in");
        cancelEdit.setId("cancel-edit");
        formTitle.getStyleClass().add("section-title");
    }

    private static Label label(String text, javafx.scene.Node target) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        l.setWrapText(true);
        return l;
    }

    private void layoutParts() {
        HBox clock = new HBox(8, date, time);
        clock.getStyleClass().add("toolbar-row");
        VBox when = new VBox(4, label("Wh_en", date), clock, dateProblem, timeProblem);
        VBox doing = new VBox(4, label("What were you doing _together?", context), context);
        VBox tag = new VBox(4, label("_Activity (optional)", activity), activity);
        HBox.setHgrow(tag, Priority.ALWAYS);
        // When and the activity side by side, what you were doing on a line of its own: three in a
        // row left the fields too narrow for their placeholders at the larger text sizes.
        VBox top = new VBox(12, new HBox(16, when, tag), doing);
        top.getStyleClass().add("form-card");

        VBox left = new VBox(8, label("What did you _notice?", search), search, checklist);
        left.getStyleClass().add("form-card");
        left.setMinWidth(320);
        VBox.setVgrow(checklist, Priority.ALWAYS);

        Label respondTitle = new Label("Gentle ways to respond");
        respondTitle.getStyleClass().add("section-title");
        HBox actions = new HBox(8, save, cancelEdit);
        actions.getStyleClass().add("toolbar-row");
        // The gentle notice comes right after what was written, never over it.
        DistressCard card = new DistressCard(model.distressNotice());
        VBox right = new VBox(8, respondTitle, suggestions, label("A n_ote", note), note,
                label("What did you do, and how did it _go?", response), response, card, message.under(actions));
        if (comeBack != null) {
            right.getChildren().add(new commonground.shell.ComeBackField(comeBack, "Come back to this check-in on"));
        }
        right.getStyleClass().add("check-in-respond");
        HBox.setHgrow(right, Priority.ALWAYS);
        right.setMinWidth(300);
        HBox columns = new HBox(16, left, right);
        // Each column asks for half the row, whatever it shows: asked by what it showed, the right
        // column took room from the checklist once a tick brought longer suggestions, and the cues
        // narrowed under the pointer.
        left.prefWidthProperty().bind(columns.widthProperty().subtract(16).divide(2));
        right.prefWidthProperty().bind(columns.widthProperty().subtract(16).divide(2));

        VBox body = new VBox(12, formTitle, top, columns);
        body.getStyleClass().add("check-in-body");
        setContent(body);
    }

    private void setupBindings() {
        date.valueProperty().bindBidirectional(model.dateProperty());
        time.textProperty().bindBidirectional(model.timeProperty());
        context.textProperty().bindBidirectional(model.contextProperty());
        activity.setItems(shared.activities());
        activity.getEditor().textProperty().bindBidirectional(model.activityProperty());
        search.textProperty().bindBidirectional(model.searchProperty());
        note.textProperty().bindBidirectional(model.noteProperty());
        response.textProperty().bindBidirectional(model.responseProperty());
        // Under Save: why it is off when the day cannot be saved, otherwise the last status.
        // A problem with the time is said under the time field instead (under Save it was far from it).
        javafx.beans.binding.BooleanBinding aboutTime = Bindings.createBooleanBinding(
                () -> CheckInReading.aboutTheTime(model.messageProperty().get()), model.messageProperty());
        message.textProperty().bind(Bindings.when(model.dateProblemProperty().isEmpty())
                .then(Bindings.when(aboutTime).then("").otherwise(model.messageProperty()))
                .otherwise(model.dateProblemProperty()));
        timeProblem.textProperty().bind(Bindings.when(aboutTime).then(model.messageProperty()).otherwise(""));
        timeProblem.visibleProperty().bind(aboutTime);
        timeProblem.managedProperty().bind(aboutTime);
        dateProblem.textProperty().bind(model.dateProblemProperty());
        dateProblem.visibleProperty().bind(model.dateProblemProperty().isEmpty().not());
        dateProblem.managedProperty().bind(dateProblem.visibleProperty());
        model.unreadDateProperty().addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                // The form was cleared or a day was picked: show the day it holds.
                date.getEditor().setText(model.formatDate(date.getValue()));
            }
        });
        save.disableProperty().bind(model.canSave().not());
        cancelEdit.visibleProperty().bind(model.editingProperty().isNotNull());
        cancelEdit.managedProperty().bind(cancelEdit.visibleProperty());
        save.textProperty().bind(Bindings.when(model.editingProperty().isNotNull())
                .then("_Save changes").otherwise("_Save check-in"));
        formTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            CheckIn editing = model.editingProperty().get();
            return editing == null ? "A new check-in" : "Editing: " + CheckInFormat.when(editing.happenedAt());
        }, model.editingProperty()));
    }

    private void setupEventHandlers() {
        save.setOnAction(e -> {
            if (!date.getEditor().getText().equals(date.getConverter().toString(date.getValue()))) {
                date.commitValue(); // text typed but not yet read (no Tab or Enter) is read first
            }
            // Once saved, the form is emptied and the gentle ways to respond above Save go: the page
            // scrolls by as much, so Save and the line under it stay where the person is looking.
            holdSave = commonground.shell.StayInPlace.holding(this, save);
            model.save();
            if (!save.isDisabled() && holdSave != null) { // answered at once (a problem): nothing to wait for
                holdSave.run();
                holdSave = null;
            }
            if (CheckInReading.aboutTheTime(model.messageProperty().get())) {
                showTimeProblem();
            }
        });
        model.messageProperty().addListener((obs, old, now) -> {
            if (holdSave != null && now != null && !now.isEmpty()) {
                Runnable back = holdSave;
                holdSave = null;
                back.run();
            }
        });
        cancelEdit.setOnAction(e -> model.cancelEditing());
        activity.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(model.activityProperty().get())) {
                model.activityProperty().set(now);
            }
        });
    }

    /** Scrolls the time field and what is said under it into view, and puts the keyboard there. */
    private void showTimeProblem() {
        layout();
        javafx.geometry.Bounds field = getContent().sceneToLocal(time.localToScene(time.getLayoutBounds()));
        double content = getContent().getLayoutBounds().getHeight();
        double view = getViewportBounds().getHeight();
        if (content > view) {
            setVvalue(Math.max(0, Math.min(field.getMinY() - 40, content - view)) / (content - view));
        }
        time.requestFocus();
        time.selectAll();
    }

    void focusContext() {
        context.requestFocus();
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
