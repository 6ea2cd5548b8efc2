package commonground.practice;

import commonground.care.SafetyPathView;
import commonground.people.Namesakes;
import commonground.people.Person;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;


/**
 * The start of Practise: the conversations and drills, the chosen one's setting, who the other
 * person is, the safety line, and the sessions kept so far.
 */
final class PracticeListView extends HBox {


    private final PracticeListViewModel model;
    private final Runnable chooseImport;
    private final ListView<Conversation> offers = new ListView<>();
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label setting = new Label();
    private final TextField name = new TextField();
    private final ComboBox<Person> person = new ComboBox<>();
    private final Button start = new Button("_Start practising", new FontIcon(Feather.PLAY));
    private final Button importButton = new Button("_Import a conversation…", new FontIcon(Feather.UPLOAD));
    private final Label message = new Label();
    private final ListView<PracticeSession> sessions = new ListView<>();
    private final Button openSession = new Button("Op_en", new FontIcon(Feather.BOOK_OPEN));
    private final Button deleteSession = new Button("_Delete…", new FontIcon(Feather.TRASH_2));
    private final Label sessionMessage = new Label();
    private final SafetyPathView safety = new SafetyPathView("practice");
    private final ScrollPane scroll = new ScrollPane();
    private final Label fitNote = new Label();
    private final VBox fitOffers = new VBox(6);
    private final Button goOn = new Button("Go on with this _one");
    private final VBox fit = new VBox(8, fitNote, fitOffers, goOn);
    private static final String NO_ONE = "No one in particular";

    /** A list cell whose words wrap to the list's width at any text size, never cut with an ellipsis. */
    private static final class WrappedCell<T> extends commonground.shell.WrappingListCell<T> {
        private final java.util.function.Function<T, String> words;
        private final Label label = new Label();

        WrappedCell(java.util.function.Function<T, String> words) {
            this.words = words;
            label.setWrapText(true);
            label.setMinWidth(0);
            label.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            label.setText(empty || item == null ? "" : words.apply(item));
            setGraphic(empty || item == null ? null : label);
        }
    }

    /** Names a person as every picker does, so two Sams differ ("Sam · Partner · he/him"). */
    private final class PersonCell extends ListCell<Person> {
        @Override
        protected void updateItem(Person p, boolean empty) {
            super.updateItem(p, empty);
            setText(p == null ? NO_ONE : Namesakes.pickerLabel(p, model.people()));
        }
    }

    PracticeListView(PracticeListViewModel model, Runnable chooseImport) {
        this.model = model;
        this.chooseImport = chooseImport;
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        getStyleClass().addAll("page", "practice-list");
        setId("practice-list");
        offers.setId("practice-offers");
        offers.setPrefWidth(320);
        offers.setCellFactory(l -> new WrappedCell<>(c -> c.title() + "\n"
                + (c.kind() == ConversationKind.DRILL ? "Drill" : "Conversation") + " · about " + c.minutes() + " min"));
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        title.setId("practice-title");
        summary.setWrapText(true);
        summary.setId("practice-summary");
        setting.setWrapText(true);
        setting.getStyleClass().add("muted");
        name.setId("practice-name");
        name.setPromptText("Their name");
        person.setId("practice-person");
        person.setPromptText("No one in particular");
        person.setConverter(new StringConverter<>() {
            @Override
            public String toString(Person p) {
                return p == null ? NO_ONE : Namesakes.pickerLabel(p, model.people());
            }

            @Override
            public Person fromString(String s) {
                return null;
            }
        });
        // "No one in particular" is a choice like the others, so the box is never blank.
        person.setCellFactory(l -> new PersonCell());
        person.setButtonCell(new PersonCell());
        commonground.people.PersonPicker.retellOnChange(person, model.people());
        fit.setId("practice-fit");
        fit.getStyleClass().add("practice-fit");
        fitNote.setId("practice-fit-note");
        fitNote.setWrapText(true);
        fitOffers.setId("practice-fit-offers");
        goOn.setId("practice-fit-go-on");
        goOn.setWrapText(true);
        safety.setId("practice-safety-path");
        safety.setHeading("Practice is not offered for this person");
        start.setId("practice-start");
        start.getStyleClass().add("accent");
        start.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        importButton.setId("practice-import");
        importButton.setWrapText(true);
        importButton.setMaxWidth(Double.MAX_VALUE);
        message.setId("practice-list-message");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        sessions.setId("practice-sessions");
        sessions.setPrefHeight(180);
        Label none = new Label("Practices you do are kept here, with their debriefs.");
        none.setWrapText(true);
        sessions.setPlaceholder(none);
        openSession.setId("practice-session-open");
        deleteSession.setId("practice-session-delete");
        openSession.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        deleteSession.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        sessionMessage.setId("practice-session-message");
        sessionMessage.getStyleClass().add("form-message");
        sessionMessage.setWrapText(true);
        sessions.setCellFactory(l -> new WrappedCell<>(s -> model.sessionLabel(s) + "\n" + commonground.shell.Dates.dayAndTime(s.startedAt())
                + " · " + DebriefViewModel.outcome(s, model.offers().stream()
                        .filter(c -> c.id().equals(s.conversationId())).findFirst().orElse(null))));
    }

    private void layoutParts() {
        Label nameLabel = new Label("_Their name in this practice");
        nameLabel.setMnemonicParsing(true);
        nameLabel.setLabelFor(name);
        Label personLabel = new Label("Keep it with someone in _People (optional)");
        personLabel.setMnemonicParsing(true);
        personLabel.setLabelFor(person);
        Label safetyLine = new Label(PracticeListViewModel.SAFETY_LINE);
        safetyLine.setId("practice-safety");
        safetyLine.setWrapText(true);
        safetyLine.getStyleClass().addAll("muted", "safety-line");
        Label past = new Label("Your practice sessions");
        past.getStyleClass().add("section-title");
        past.setWrapText(true);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // The buttons beside the heading, so the page is no taller than before they came.
        HBox pastRow = new HBox(8, past, gap, openSession, deleteSession);
        pastRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox detail = new VBox(10, title, summary, setting, nameLabel, name, personLabel, person, fit, safety,
                new HBox(8, start), message, safetyLine, pastRow, sessionMessage, sessions); // said by Open and Delete
        detail.setPadding(new Insets(0, 0, 0, 20));
        scroll.setContent(detail);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        HBox.setHgrow(scroll, Priority.ALWAYS);
        Label heading = new Label("Practise");
        heading.getStyleClass().add("page-title");
        Label intro = new Label("Try the words before the real conversation, with someone who reacts. No one is hurt here.");
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");
        VBox left = new VBox(10, heading, intro, offers, importButton);
        left.setPrefWidth(320);
        left.setMinWidth(240);
        VBox.setVgrow(offers, Priority.ALWAYS);
        getChildren().setAll(left, scroll);
    }

    private void setupBindings() {
        offers.setItems(model.offers());
        sessions.setItems(model.sessions());
        person.getItems().add(null);
        model.people().addListener((javafx.collections.ListChangeListener<Person>) c -> showPeople());
        model.selectedProperty().addListener((obs, old, now) -> {
            if (offers.getSelectionModel().getSelectedItem() != now) {
                offers.getSelectionModel().select(now);
            }
            showSelected(now);
        });
        offers.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        name.textProperty().bindBidirectional(model.nameProperty());
        model.nameProperty().addListener((obs, old, now) -> showSetting());
        model.personProperty().addListener((obs, old, now) -> showSetting());
        person.valueProperty().bindBidirectional(model.personProperty());
        message.textProperty().bind(model.messageProperty());
        sessionMessage.textProperty().bind(model.sessionMessageProperty());
        sessionMessage.managedProperty().bind(sessionMessage.textProperty().isNotEmpty());
        openSession.disableProperty().bind(sessions.getSelectionModel().selectedItemProperty().isNull());
        deleteSession.disableProperty().bind(openSession.disableProperty());
        safety.visibleProperty().bind(model.safetyNoteProperty().isNotEmpty());
        safety.managedProperty().bind(safety.visibleProperty());
        safety.setText(model.safetyNoteProperty().get());
        model.safetyNoteProperty().addListener((obs, old, now) -> safety.setText(now));
        model.refusedProperty().addListener((obs, old, now) -> bringSafetyIntoView());
        fitNote.textProperty().bind(model.fitNoteProperty());
        fit.visibleProperty().bind(model.fitNoteProperty().isNotEmpty());
        fit.managedProperty().bind(fit.visibleProperty());
        model.fitting().addListener((javafx.collections.ListChangeListener<Conversation>) c -> showFitting());
        showSelected(model.selectedProperty().get());
    }

    /**
     * Puts the people in the box with "No one in particular" first. The box is let go of the view
     * model meanwhile: replacing a ComboBox's items moves its selection by index, which would choose
     * whoever comes first in People.
     */
    private void showPeople() {
        person.valueProperty().unbindBidirectional(model.personProperty());
        java.util.List<Person> items = new java.util.ArrayList<>();
        items.add(null);
        items.addAll(model.people());
        person.getItems().setAll(items);
        person.setValue(null);
        person.valueProperty().bindBidirectional(model.personProperty());
    }

    /** A button for each conversation written for the chosen person's relationship. */
    private void showFitting() {
        fitOffers.getChildren().setAll(model.fitting().stream().map(c -> {
            Button b = new Button(c.title(), new FontIcon(Feather.ARROW_RIGHT));
            b.setId("practice-fit-" + c.id());
            b.setMnemonicParsing(false);
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            b.setOnAction(e -> model.selectedProperty().set(c));
            return b;
        }).toList());
    }

    /** Shows why Start did nothing: the safety panel in view, its way to Help focused. */
    private void bringSafetyIntoView() {
        javafx.application.Platform.runLater(() -> {
            double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            if (contentHeight > viewport) {
                double y = safety.getBoundsInParent().getMinY();
                scroll.setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
            }
            javafx.scene.Node help = safety.lookup("#practice-open-help");
            if (help != null && help.isVisible()) {
                help.requestFocus();
            }
        });
    }

    private void showSelected(Conversation c) {
        title.setText(c == null ? "" : c.title());
        showSetting();
        start.setDisable(c == null);
    }

    /** The summary and setting as they will read: with the name typed and the pronouns of who the practice is with. */
    private void showSetting() {
        summary.setText(model.summaryPreview());
        setting.setText(model.settingPreview());
    }

    private void setupEventHandlers() {
        start.setOnAction(e -> model.start());
        name.setOnAction(e -> model.start());
        importButton.setOnAction(e -> chooseImport.run());
        goOn.setOnAction(e -> {
            model.goOnAnyway();
            start.requestFocus();
        });
        sessions.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.open(sessions.getSelectionModel().getSelectedItem());
            }
        });
        // A filter, so the list's own keys do not take Enter or Delete first.
        sessions.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            PracticeSession chosen = sessions.getSelectionModel().getSelectedItem();
            if (chosen != null && e.getCode() == KeyCode.ENTER) {
                e.consume();
                model.open(chosen);
            } else if (chosen != null && e.getCode() == KeyCode.DELETE) {
                e.consume();
                model.delete(chosen);
            }
        });
        openSession.setOnAction(e -> model.open(sessions.getSelectionModel().getSelectedItem()));
        deleteSession.setOnAction(e -> {
            model.delete(sessions.getSelectionModel().getSelectedItem());
            sessions.requestFocus();
        });
        offers.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                name.requestFocus();
            }
        });
    }

    void focusList() {
        offers.requestFocus();
    }
}
