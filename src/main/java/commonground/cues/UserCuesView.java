package commonground.cues;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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
    private final CheckBox forEveryone = new CheckBox("Use this cue with _everyone, not only this person");
    /** Each field by its name in {@link CueProblem#field()}, so a problem is said and shown beside it. */
    private final java.util.Map<String, javafx.scene.control.Control> fields = new java.util.LinkedHashMap<>();

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
        Label empty = new Label("No cues of your own for this person yet. Add the small signs that are particular "
                + "to them; a cue can also be shared with everyone.");
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
        // Not 'Said gently: "…"': a newcomer typed the prompt's lead-in, and the card read "It might mean: Said gently: …".
        mightMean.setPromptText("They may be thinking something over");
        mightMean.setPrefRowCount(2);
        mightMean.setWrapText(true);
        acknowledgements.setId("user-cue-acknowledgements");
        acknowledgements.setPromptText("One to three, one per line: \"Take your time.\"");
        acknowledgements.setPrefRowCount(3);
        nonverbal.setId("user-cue-nonverbal");
        nonverbal.setPromptText("A nod, sitting beside them");
        notToSay.setId("user-cue-not-to-say");
        notToSay.setPromptText("\"Why are you doing that?\"");
        forEveryone.setId("user-cue-for-everyone");
        forEveryone.setMnemonicParsing(true);
        forEveryone.setWrapText(true);
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
        HBox actions = new HBox(8, save, retire, forEveryone);
        HBox.setHgrow(forEveryone, Priority.ALWAYS);
        forEveryone.setMaxWidth(Double.MAX_VALUE);
        save.setMinWidth(USE_PREF_SIZE);
        retire.setMinWidth(USE_PREF_SIZE);
        actions.getStyleClass().add("toolbar-row");
        fields.put("category", category);
        fields.put("seen", seen);
        fields.put("mightMean", mightMean);
        fields.put("acknowledgements", acknowledgements);
        fields.put("nonverbal", nonverbal);
        fields.put("notToSay", notToSay);
        // Every field but one is needed, and says so; why one cannot be saved is said right under it.
        VBox form = new VBox(8, label("_Group", category), category, problemUnder("category"),
                label("What you _see, without guessing why (required)", seen), seen, problemUnder("seen"),
                label("What it _might mean, said gently (required)", mightMean), mightMean, problemUnder("mightMean"),
                label("Gentle _acknowledgements, one per line, up to three (required)", acknowledgements),
                acknowledgements, problemUnder("acknowledgements"),
                label("A response _without words (optional)", nonverbal), nonverbal, problemUnder("nonverbal"),
                label("Better _left unsaid (required)", notToSay), notToSay, problemUnder("notToSay"),
                actions, message);
        form.getStyleClass().add("form-card");
        HBox.setHgrow(form, Priority.ALWAYS);
        setContent(new HBox(16, left, form));
    }

    /** The line under a field that says why the cue cannot be saved, while that field is the reason. */
    private Label problemUnder(String field) {
        Label said = new Label();
        said.setId("user-cue-problem-" + field);
        said.getStyleClass().addAll("form-message", "field-problem");
        said.setWrapText(true);
        said.setMinHeight(USE_PREF_SIZE);
        said.textProperty().bind(Bindings.createStringBinding(() -> model.problemProperty().get() == null
                || !field.equals(model.problemProperty().get().field()) ? "" : model.problemProperty().get().message(),
                model.problemProperty()));
        said.visibleProperty().bind(said.textProperty().isNotEmpty());
        said.managedProperty().bind(said.visibleProperty());
        return said;
    }

    /** Scrolls the page so {@code node} is in view, with a little room above it. */
    private void keepInView(Node node) {
        layout();
        double content = getContent().getLayoutBounds().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (content <= viewport) {
            return;
        }
        double y = getContent().sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
        setVvalue(Math.max(0, Math.min(y - 60, content - viewport)) / (content - viewport));
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
        forEveryone.selectedProperty().bindBidirectional(model.forEveryoneProperty());
        forEveryone.textProperty().bind(Bindings.createStringBinding(() -> model.personName().get().isEmpty()
                ? "Use this cue with _everyone" : "Use this cue with _everyone, not only with "
                + model.personName().get(), model.personName()));
        forEveryone.disableProperty().bind(model.personName().isEmpty());
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
        model.problemProperty().addListener((obs, old, now) -> {
            javafx.scene.control.Control field = now == null ? null : fields.get(now.field());
            if (field != null) {
                field.requestFocus();
                keepInView(field);
            }
        });
        retire.setOnAction(e -> model.toggleRetired());
    }

    /** A cue in the list: a long one ends in an ellipsis at the list's width, whole in the tooltip. */
    private static final class CueCell extends ListCell<Cue> {
        CueCell() {
            setPrefWidth(0); // as wide as the list, never wider: no sideways scrolling
        }

        @Override
        protected void updateItem(Cue cue, boolean empty) {
            super.updateItem(cue, empty);
            if (empty || cue == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label title = new Label(cue.seen() + (cue.retired() ? " (retired)" : ""));
            title.setMinWidth(0);
            setTooltip(new javafx.scene.control.Tooltip(title.getText()));
            title.getStyleClass().add("cell-title");
            Label group = new Label(cue.category().label() + (cue.shared() ? "  \u00b7  for everyone" : ""));
            group.getStyleClass().add("cell-detail");
            group.setMinWidth(0);
            setText(null);
            setGraphic(new VBox(2, title, group));
        }
    }
}
