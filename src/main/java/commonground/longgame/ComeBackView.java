package commonground.longgame;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;


/** The "Come back to it" tab: the items with a day, and "How did it go?" for the one chosen. */
final class ComeBackView extends HBox {


    private final ComeBackViewModel model;
    private final ListView<ComeBack> list = new ListView<>();
    private final Label about = new Label();
    private final Label when = new Label();
    private final TextArea answer = new TextArea();
    private final Button keep = new Button("_Keep my answer", new FontIcon(Feather.CHECK));
    private final Button openItem = new Button("Open it", new FontIcon(Feather.EXTERNAL_LINK));
    private final Label message = new Label();
    private final Label none = new Label();

    private final ReminderSettingsView reminders;

    ComeBackView(ComeBackViewModel model, ReminderSettingsViewModel reminderSettings) {
        super(16);
        this.model = model;
        this.reminders = new ReminderSettingsView(reminderSettings);
        initializeParts();
        layoutParts();
        setupBindings();
    }

    private void initializeParts() {
        setId("come-back-view");
        setPadding(new Insets(8, 0, 0, 0));
        list.setId("come-back-list");
        list.setPrefWidth(320);
        list.setMinWidth(260); // never squeezed to a few letters ("Tue 1 Dec · Your pla…")
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ComeBack item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : commonground.shell.Dates.day(item.dueOn()) + "  ·  " + item.about());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        about.setId("come-back-about");
        about.getStyleClass().add("section-title");
        about.setWrapText(true);
        about.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        when.getStyleClass().add("muted");
        answer.setId("come-back-answer");
        answer.setWrapText(true);
        answer.setPrefRowCount(5);
        answer.setPromptText("A few words, or none. Small steps count.");
        keep.setId("come-back-revisit");
        openItem.setId("come-back-open-item");
        message.setId("come-back-message");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        none.setId("come-back-none");
        none.setWrapText(true);
        none.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        none.getStyleClass().add("muted");
    }

    private void layoutParts() {
        Label question = new Label("How did it _go?");
        question.setMnemonicParsing(true);
        question.setLabelFor(answer);
        question.getStyleClass().add("come-back-question");
        keep.setMinWidth(Region.USE_PREF_SIZE);
        openItem.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane actions = new FlowPane(8, 6, keep, openItem);
        actions.getStyleClass().add("toolbar-row");
        VBox detail = new VBox(8, about, when, question, answer, actions);
        detail.setId("come-back-detail");
        detail.getStyleClass().add("form-card");
        detail.visibleProperty().bind(model.selectedProperty().isNotNull());
        VBox left = new VBox(8, list, none);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox right = new VBox(8, detail, message, reminders);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left, right);
    }

    private void setupBindings() {
        list.setItems(model.items());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> show(now));
        answer.textProperty().bindBidirectional(model.answerProperty());
        message.textProperty().bind(model.messageProperty());
        none.textProperty().bind(model.emptyTextProperty());
        none.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.items()));
        none.managedProperty().bind(none.visibleProperty());
        keep.setOnAction(e -> model.revisit());
        openItem.setOnAction(e -> model.openItem());
        show(model.selectedProperty().get());
    }

    private void show(ComeBack item) {
        if (item == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        list.getSelectionModel().select(item);
        about.setText(item.about());
        when.setText((model.isDue(item) ? "You chose to come back to this on " : "Coming up: you chose ")
                + commonground.shell.Dates.day(item.dueOn()) + ".");
    }

    void focusAnswer() {
        answer.requestFocus();
    }
}
