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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The "Who knows what" tab: per situation, who knows, who still needs to hear it, and what stays private. */
final class WhoKnowsView extends HBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

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
    private final javafx.scene.control.CheckBox stillToTell = new javafx.scene.control.CheckBox("They still need to _hear it");
    private final Button add = new Button("_Add to the list", new FontIcon(Feather.USER_PLUS));
    private final Label message = new Label();
    private final ListView<ToldEntry> told = new ListView<>();
    private final ListView<ToldEntry> toTell = new ListView<>();
    private final Button markTold = new Button("They have been _told today", new FontIcon(Feather.CHECK));

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
        toldOn.setEditable(false);
        add.setId("who-knows-add");
        message.setId("who-knows-message");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
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
    }

    private static ListCell<ToldEntry> cell(boolean waiting) {
        return new ListCell<>() {
            @Override
            protected void updateItem(ToldEntry item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("who-knows-to-tell");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                String head = waiting ? item.name() : item.name() + "  ·  told " + DAY.format(item.toldOn())
                        + (item.toldBy().isBlank() ? "" : " by " + item.toldBy());
                setText(item.knows().isBlank() ? head : head + "\nKnows: " + item.knows());
                setWrapText(true);
                setPrefWidth(0);
                if (waiting) {
                    getStyleClass().add("who-knows-to-tell");
                }
            }
        };
    }

    private static Label label(String text, javafx.scene.Node target) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        l.setWrapText(true);
        return l;
    }

    private void layoutParts() {
        Label title = new Label("Who knows what");
        title.getStyleClass().add("section-title");
        Label lead = new Label("When the news is hard, keeping track is one less thing to hold in your head. "
                + "Only you see this.");
        lead.getStyleClass().add("muted");
        lead.setWrapText(true);
        HBox start = new HBox(8, newTitle, create);
        HBox.setHgrow(newTitle, Priority.ALWAYS);
        situation.setMaxWidth(Double.MAX_VALUE);
        VBox form = new VBox(8, title, lead, label("_Situation", situation), situation, start,
                label("What they asked to keep _private", keepPrivate), keepPrivate, savePrivate,
                label("_Name", name), name, label("What they _know", knows), knows,
                label("Who _told them", toldBy), toldBy, label("_When", toldOn), toldOn, stillToTell, add, message);
        form.getStyleClass().add("form-card");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(340);
        scroll.setPrefWidth(460);
        scroll.getStyleClass().add("page-scroll");
        scroll.setId("who-knows-scroll");
        Label toldTitle = new Label("Who knows");
        toldTitle.getStyleClass().add("section-title");
        Label toTellTitle = new Label("Still needs to hear it");
        toTellTitle.getStyleClass().add("section-title");
        VBox right = new VBox(8, toldTitle, told, toTellTitle, toTell, markTold);
        VBox.setVgrow(told, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(scroll, right);
    }

    private void setupBindings() {
        situation.setItems(model.situations());
        situation.valueProperty().bindBidirectional(model.situationProperty());
        newTitle.textProperty().bindBidirectional(model.newTitleProperty());
        keepPrivate.textProperty().bindBidirectional(model.keepPrivateProperty());
        name.textProperty().bindBidirectional(model.nameProperty());
        knows.textProperty().bindBidirectional(model.knowsProperty());
        toldBy.textProperty().bindBidirectional(model.toldByProperty());
        toldOn.valueProperty().bindBidirectional(model.toldOnProperty());
        stillToTell.selectedProperty().bindBidirectional(model.stillToTellProperty());
        toldOn.disableProperty().bind(stillToTell.selectedProperty());
        message.textProperty().bind(model.messageProperty());
        told.setItems(model.told());
        toTell.setItems(model.toTell());
        markTold.disableProperty().bind(toTell.getSelectionModel().selectedItemProperty().isNull());
        create.setOnAction(e -> model.create());
        savePrivate.setOnAction(e -> model.saveKeepPrivate());
        add.setOnAction(e -> model.addPerson());
        markTold.setOnAction(e -> model.markTold(toTell.getSelectionModel().getSelectedItem(), ""));
    }

    void focusNewTitle() {
        newTitle.requestFocus();
    }
}
