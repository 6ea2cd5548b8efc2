package commonground.people;

import commonground.care.SafetyAnswer;
import commonground.care.SafetyNotice;
import commonground.care.SafetyPathView;
import commonground.shell.FittingBorderPane;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The People screen: a list on the left, the selected person's details on the right. */
public final class PeopleView extends FittingBorderPane {

    private final PeopleViewModel model;
    private final ListView<Person> list = new ListView<>();
    private final Button addButton = new Button("_Add person", new FontIcon(Feather.USER_PLUS));
    private final CheckBox showArchived = new CheckBox("Show _archived");
    private final TextField name = new TextField();
    private final ComboBox<Relationship> relationship = new ComboBox<>();
    private final ComboBox<Pronouns> pronouns = new ComboBox<>();
    private final TextArea note = new TextArea();
    private final ToggleGroup safety = new ToggleGroup();
    private final RadioButton safetyYes = new RadioButton(SafetyAnswer.YES.label());
    private final RadioButton safetyNo = new RadioButton(SafetyAnswer.NO.label());
    private final RadioButton safetyNotSure = new RadioButton(SafetyAnswer.NOT_SURE.label());
    private final RadioButton safetySkip = new RadioButton("I'd rather not answer");
    private final SafetyPathView safePath = new SafetyPathView("people");
    private final Button save = new Button("_Save", new FontIcon(Feather.CHECK));
    private final Button remove = new Button("_Remove…", new FontIcon(Feather.TRASH_2));
    private final Button restore = new Button("Res_tore", new FontIcon(Feather.ROTATE_CCW));
    private final Label formTitle = new Label();
    private final Label message = new Label();
    private final Label empty = new Label();

    public PeopleView(PeopleViewModel model) {
        this.model = model;
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        getStyleClass().addAll("page", "people-view");
        setId("people-view");
        list.setId("people-list");
        list.setCellFactory(v -> new PersonCell());
        list.setAccessibleText("People");
        addButton.setId("add-person");
        showArchived.setId("show-archived");
        name.setId("person-name");
        name.setPromptText("A name, nickname or initial");
        relationship.setId("person-relationship");
        relationship.getItems().setAll(Relationship.values());
        pronouns.setId("person-pronouns");
        pronouns.getItems().setAll(Pronouns.values());
        pronouns.setAccessibleText("Pronouns, used in walk-throughs");
        safetyYes.setId("safety-yes");
        safetyNo.setId("safety-no");
        safetyNotSure.setId("safety-not-sure");
        safetySkip.setId("safety-skip");
        safetyYes.setUserData(SafetyAnswer.YES);
        safetyNo.setUserData(SafetyAnswer.NO);
        safetyNotSure.setUserData(SafetyAnswer.NOT_SURE);
        for (RadioButton b : new RadioButton[] {safetyYes, safetyNo, safetyNotSure, safetySkip}) {
            b.setToggleGroup(safety);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        safePath.setText(SafetyNotice.SAFE_PATH + "\n\n" + SafetyNotice.WHAT_CHANGES);
        note.setId("person-note");
        note.setPromptText("Anything you want to remember: what they enjoy, what has helped (optional)");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        save.setId("save-person");
        save.setDefaultButton(true);
        remove.setId("remove-person");
        restore.setId("restore-person");
        message.setId("people-message");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        formTitle.getStyleClass().add("section-title");
        formTitle.setId("person-form-title");
        empty.setText("No one here yet. Add someone you would like to feel closer to.");
        empty.setWrapText(true);
        empty.getStyleClass().add("muted");
        empty.setPadding(new javafx.geometry.Insets(12)); // clear of the list's border
        list.setPlaceholder(empty);
    }

    private void layoutParts() {
        Label title = new Label("People");
        title.getStyleClass().add("page-title");
        Label intro = new Label("The people you are working on connecting with. Other parts of the app let you "
                + "link walkthroughs and check-ins to them.");
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");
        VBox header = new VBox(6, title, intro);
        header.setPadding(new Insets(0, 0, 12, 0));
        setTop(header);

        // The check box moves under the button when the column is too narrow for both (large text).
        FlowPane listActions = new FlowPane(8, 6, addButton, showArchived);
        listActions.getStyleClass().add("toolbar-row");
        addButton.setMinWidth(Region.USE_PREF_SIZE);
        showArchived.setMinWidth(Region.USE_PREF_SIZE);
        VBox left = new VBox(8, listActions, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.getStyleClass().add("people-column");

        Label nameLabel = new Label("_Name");
        nameLabel.setMnemonicParsing(true);
        nameLabel.setLabelFor(name);
        Label relLabel = new Label("R_elationship");
        relLabel.setMnemonicParsing(true);
        relLabel.setLabelFor(relationship);
        Label pronounsLabel = new Label("Pro_nouns (used in walk-throughs)");
        pronounsLabel.setMnemonicParsing(true);
        pronounsLabel.setLabelFor(pronouns);
        pronouns.setMaxWidth(Double.MAX_VALUE);
        Label noteLabel = new Label("N_ote");
        noteLabel.setMnemonicParsing(true);
        noteLabel.setLabelFor(note);
        relationship.setMaxWidth(Double.MAX_VALUE);
        HBox actions = new HBox(8, save, remove, restore);
        actions.getStyleClass().add("toolbar-row");
        Label safetyTitle = new Label("Your safety (optional)");
        safetyTitle.getStyleClass().add("card-title");
        Label question = new Label(SafetyNotice.QUESTION);
        question.setId("safety-question");
        question.setWrapText(true);
        Label why = new Label(SafetyNotice.WHY_ASKED);
        why.setWrapText(true);
        why.getStyleClass().add("muted");
        FlowPane answers = new FlowPane(12, 6, safetyYes, safetyNo, safetyNotSure, safetySkip);
        VBox form = new VBox(8, formTitle, nameLabel, name, relLabel, relationship, pronounsLabel, pronouns,
                noteLabel, note, safetyTitle, question, why, answers, safePath);
        form.getStyleClass().add("form-card");
        VBox.setVgrow(note, Priority.SOMETIMES);
        form.setMinHeight(Region.USE_PREF_SIZE);
        // No scroll of its own: when the form is taller than the window the page scrolls (one scroll
        // per page; a scroll inside the page's scroll caught the wheel and hid Save at large text).
        VBox right = new VBox(8, form, actions, message);
        VBox.setVgrow(form, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);

        HBox body = new HBox(16, left, right);
        setCenter(body);
    }

    private void setupBindings() {
        list.setItems(model.people());
        showArchived.selectedProperty().bindBidirectional(model.showArchivedProperty());
        name.textProperty().bindBidirectional(model.nameProperty());
        relationship.valueProperty().bindBidirectional(model.relationshipProperty());
        note.textProperty().bindBidirectional(model.noteProperty());
        pronouns.valueProperty().bindBidirectional(model.pronounsProperty());
        showSafety(model.safetyProperty().get());
        model.safetyProperty().addListener((obs, old, now) -> showSafety(now));
        safety.selectedToggleProperty().addListener((obs, old, now) -> {
            SafetyAnswer chosen = now == null ? null : (SafetyAnswer) now.getUserData();
            if (model.safetyProperty().get() != chosen) {
                model.safetyProperty().set(chosen);
            }
        });
        safePath.visibleProperty().bind(model.safetyFirst());
        safePath.managedProperty().bind(safePath.visibleProperty());
        message.textProperty().bind(model.messageProperty());
        save.disableProperty().bind(model.canSave().not());
        save.textProperty().bind(javafx.beans.binding.Bindings.when(model.hasSelection())
                .then("_Save changes").otherwise("_Add"));
        remove.visibleProperty().bind(model.hasSelection().and(model.selectedIsArchived().not()));
        remove.managedProperty().bind(remove.visibleProperty());
        restore.visibleProperty().bind(model.selectedIsArchived());
        restore.managedProperty().bind(restore.visibleProperty());
        name.editableProperty().bind(model.selectedIsArchived().not());
        note.editableProperty().bind(model.selectedIsArchived().not());
        relationship.disableProperty().bind(model.selectedIsArchived());
        pronouns.disableProperty().bind(model.selectedIsArchived());
        for (Toggle t : safety.getToggles()) {
            ((RadioButton) t).disableProperty().bind(model.selectedIsArchived());
        }
        formTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Person p = model.selectedProperty().get();
            if (p == null) {
                return "Someone new";
            }
            String said = Namesakes.said(p, model.people()); // which Sam, when there are two
            return p.archived() ? said + " (archived)" : said;
        }, model.selectedProperty(), model.people()));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (list.getSelectionModel().getSelectedItem() != now) {
                if (now == null) {
                    list.getSelectionModel().clearSelection();
                } else {
                    list.getSelectionModel().select(now);
                }
            }
        });
    }

    private void setupEventHandlers() {
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        addButton.setOnAction(e -> {
            model.startNew();
            name.requestFocus();
        });
        save.setOnAction(e -> model.save());
        remove.setOnAction(e -> model.remove());
        restore.setOnAction(e -> model.restore());
    }

    /** Selects the answer shown; no answer shows "I'd rather not answer". */
    private void showSafety(SafetyAnswer answer) {
        RadioButton button = answer == null ? safetySkip : switch (answer) {
            case YES -> safetyYes;
            case NO -> safetyNo;
            case NOT_SURE -> safetyNotSure;
        };
        if (safety.getSelectedToggle() != button) {
            safety.selectToggle(button);
        }
    }

    /** Focuses the name field for a new person (Ctrl+N). */
    public void startNew() {
        addButton.fire();
    }

    /** A person in the list: a long name ends in an ellipsis at the list's width, whole in the tooltip. */
    private static final class PersonCell extends ListCell<Person> {
        PersonCell() {
            setPrefWidth(0); // as wide as the list, never wider: no sideways scrolling
        }

        @Override
        protected void updateItem(Person person, boolean isEmpty) {
            super.updateItem(person, isEmpty);
            if (isEmpty || person == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label n = new Label(person.name()); // ends in an ellipsis where the list ends
            n.setMinWidth(0);
            setTooltip(new javafx.scene.control.Tooltip(person.name()));
            n.getStyleClass().add("cell-title");
            // Two whose names and relationships read alike ("Sam", "sam") are told apart here as in pickers.
            String told = Namesakes.pickerLabel(person, getListView().getItems());
            Label r = new Label(person.relationship().label() + told.substring(person.pickerLabel().length()));
            r.getStyleClass().add("cell-detail");
            r.setMinWidth(0);
            setText(null);
            setGraphic(new VBox(2, n, r));
            setAccessibleText(person.name() + ", " + person.relationship().label());
        }
    }
}
