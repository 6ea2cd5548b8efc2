package commonground.cues;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Your cues tab: cues the user added, with the same fields as the built-in ones. */
final class UserCuesView extends ScrollPane {

    private final UserCuesViewModel model;
    private final ListView<Cue> list = new ListView<>();
    private final Button newCue = new Button("New c_ue", new FontIcon(Feather.PLUS));
    private final ComboBox<CueCategory> category = new ComboBox<>();
    private final TextField seen = new TextField();
    private final TextArea mightMean = new TextArea();
    private final TextArea acknowledgements = new TextArea();
    private final TextField nonverbal = new TextField();
    private final TextField notToSay = new TextField();
    private final Button save = new Button("_Save cue", new FontIcon(Feather.CHECK));
    private final Button retire = new Button("_Retire");
    private final Label message = new Label();

    UserCuesView(UserCuesViewModel model) {
        this.model = model;
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        getStyleClass().add("page-scroll");
        setFitToWidth(true);
        list.setId("user-cues");
        list.setCellFactory(v -> new CueCell());
        list.setPrefHeight(360);
        Label empty = new Label("No cues of your own yet. Add the small signs that are particular to this person.");
        empty.setWrapText(true);
        empty.getStyleClass().add("muted");
        list.setPlaceholder(empty);
        newCue.setId("new-user-cue");
        category.setId("user-cue-category");
        category.getItems().setAll(CueCategory.values());
        category.setMaxWidth(Double.MAX_VALUE);
        seen.setId("user-cue-seen");
        seen.setPromptText("\"drums fingers on the table\"");
        mightMean.setId("user-cue-meaning");
        mightMean.setPromptText("Said gently: \"They may be thinking something over.\"");
        mightMean.setPrefRowCount(2);
        mightMean.setWrapText(true);
        acknowledgements.setId("user-cue-acknowledgements");
        acknowledgements.setPromptText("One to three, one per line: \"Take your time.\"");
        acknowledgements.setPrefRowCount(3);
        nonverbal.setId("user-cue-nonverbal");
        nonverbal.setPromptText("A nod, sitting beside them");
        notToSay.setId("user-cue-not-to-say");
        notToSay.setPromptText("\"Why are you doing that?\"");
        save.setId("save-user-cue");
        retire.setId("retire-user-cue");
        message.setId("user-cue-message");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
    }

    private static Label label(String text, Node target) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        l.setWrapText(true);
        l.setMinHeight(USE_PREF_SIZE);
        return l;
    }

    private void layoutParts() {
        VBox left = new VBox(8, newCue, list);
        left.setPrefWidth(300);
        left.setMinWidth(240);
        HBox actions = new HBox(8, save, retire);
        actions.getStyleClass().add("toolbar-row");
        VBox form = new VBox(8, label("_Group", category), category, label("What you _see, without guessing why", seen), seen,
                label("What it _might mean", mightMean), mightMean,
                label("Gentle _acknowledgements (one per line, up to three)", acknowledgements), acknowledgements,
                label("A response _without words (optional)", nonverbal), nonverbal,
                label("Better _left unsaid", notToSay), notToSay, actions, message);
        form.getStyleClass().add("form-card");
        HBox.setHgrow(form, Priority.ALWAYS);
        setContent(new HBox(16, left, form));
    }

    private void setupBindings() {
        list.setItems(model.custom());
        category.valueProperty().bindBidirectional(model.categoryProperty());
        seen.textProperty().bindBidirectional(model.seenProperty());
        mightMean.textProperty().bindBidirectional(model.mightMeanProperty());
        acknowledgements.textProperty().bindBidirectional(model.acknowledgementsProperty());
        nonverbal.textProperty().bindBidirectional(model.nonverbalProperty());
        notToSay.textProperty().bindBidirectional(model.notToSayProperty());
        message.textProperty().bind(model.messageProperty());
        retire.visibleProperty().bind(model.hasSelection());
        retire.managedProperty().bind(retire.visibleProperty());
        retire.textProperty().bind(Bindings.when(model.selectedIsRetired()).then("_Bring back").otherwise("_Retire"));
        save.textProperty().bind(Bindings.when(model.hasSelection()).then("_Save changes").otherwise("_Add cue"));
    }

    private void setupEventHandlers() {
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            }
        });
        newCue.setOnAction(e -> {
            model.startNew();
            seen.requestFocus();
        });
        save.setOnAction(e -> model.save());
        retire.setOnAction(e -> model.toggleRetired());
    }

    private static final class CueCell extends ListCell<Cue> {
        @Override
        protected void updateItem(Cue cue, boolean empty) {
            super.updateItem(cue, empty);
            if (empty || cue == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label title = new Label(cue.seen() + (cue.retired() ? " (retired)" : ""));
            title.getStyleClass().add("cell-title");
            Label group = new Label(cue.category().label());
            group.getStyleClass().add("cell-detail");
            setText(null);
            setGraphic(new VBox(2, title, group));
        }
    }
}
