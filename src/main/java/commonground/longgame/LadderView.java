package commonground.longgame;

import commonground.people.Person;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The "Going first" tab: the next small step with a person, and the steps taken with how they landed. */
final class LadderView extends HBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

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
    private final ToggleGroup landed = new ToggleGroup();
    private final TextField note = new TextField();
    private final Button save = new Button("_Keep this step", new FontIcon(Feather.CHECK));
    private final Label message = new Label();
    private final ListView<TakenStep> taken = new ListView<>();

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
        person.setConverter(new StringConverter<>() {
            @Override
            public String toString(Person p) {
                return p == null ? "" : p.pickerLabel();
            }

            @Override
            public Person fromString(String s) {
                return null;
            }
        });
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
        ownStep.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ownStep.setPromptText("Your own step");
        addOwn.setId("ladder-add-own");
        what.setId("ladder-what");
        what.setWrapText(true);
        what.setPrefRowCount(2);
        what.setPromptText("What you shared, in a few words. Pick a step above or write your own.");
        day.setId("ladder-day");
        day.setAccessibleText("The day you shared it");
        day.setEditable(false);
        note.setId("ladder-note");
        note.setPromptText("What you noticed (optional)");
        save.setId("ladder-save");
        message.setId("ladder-message");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        taken.setId("ladder-taken");
        Label none = new Label("No steps taken yet. The smallest one is a fine start.");
        none.setWrapText(true);
        taken.setPlaceholder(none);
        taken.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TakenStep item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                String head = DAY.format(item.takenOn()) + "  ·  Step " + item.rung() + ": " + item.what();
                String landing = "Landed: " + item.landed().label().toLowerCase(Locale.ENGLISH)
                        + (item.note().isBlank() ? "" : " · " + item.note());
                setText(head + "\n" + landing);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
    }

    private RadioButton landing(Landing l, String id) {
        RadioButton b = new RadioButton(l.label());
        b.setId(id);
        b.setToggleGroup(landed);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setUserData(l);
        return b;
    }

    private void layoutParts() {
        Label title = new Label("Going first, in small steps");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label lead = new Label("Share a little of yourself, from very small to larger. The next size is suggested "
                + "only after a step that landed warmly.");
        lead.getStyleClass().add("muted");
        lead.setWrapText(true);
        Label whatLabel = new Label("What I _shared");
        whatLabel.setLabelFor(what);
        whatLabel.setMnemonicParsing(true);
        Label landedLabel = new Label("How it landed");
        javafx.scene.layout.FlowPane landings = new javafx.scene.layout.FlowPane(12, 6, landing(Landing.WARMLY, "ladder-warmly"), landing(Landing.NEUTRAL, "ladder-neutral"),
                landing(Landing.CLOSED_UP, "ladder-closed-up"));
        addOwn.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane own = new javafx.scene.layout.FlowPane(8, 6, ownStep, addOwn);

        VBox form = new VBox(8, title, lead, person, rungTitle, rungAbout, why, suggestions, own, reminder,
                whatLabel, what, day, landedLabel, landings, note, save, message);
        form.getStyleClass().add("form-card");
        form.setPrefWidth(460);
        form.setMinWidth(340);
        Label takenTitle = new Label("Steps taken");
        takenTitle.getStyleClass().add("section-title");
        VBox right = new VBox(8, takenTitle, taken);
        VBox.setVgrow(taken, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(360);
        scroll.setPrefWidth(480);
        scroll.getStyleClass().add("page-scroll");
        scroll.setId("ladder-scroll");
        getChildren().addAll(scroll, right);
    }

    private void setupBindings() {
        person.setItems(model.persons());
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
        model.landedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                landed.selectToggle(null);
            }
        });
        message.textProperty().bind(model.messageProperty());
        taken.setItems(model.taken());
        addOwn.setOnAction(e -> model.addOwnStep());
        save.setOnAction(e -> model.save());
    }
}
