package commonground.scenarios;

import commonground.shell.FittingBorderPane;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;


/** The scenarios on offer, starting one, and the walk-throughs made so far. */
final class ScenarioListView extends FittingBorderPane {


    private final ScenariosViewModel model;
    private final Runnable chooseImport;
    private final ScenarioCards scenarios;
    private final Label chosenTitle = new Label();
    private final Label chosenSummary = new Label();
    private final VBox chosenTags = new VBox();
    private final ComboBox<AboutChoice> person = new ComboBox<>();
    private final Button start = new Button("_Start", new FontIcon(Feather.PLAY));
    private final ComboBox<RunFilter> filter = new ComboBox<>();
    private final ListView<ScenarioRun> runs = new ListView<>();
    private final Button importButton = new Button("_Import a scenario…", new FontIcon(Feather.UPLOAD));
    private final Label message = new Label();

    ScenarioListView(ScenariosViewModel model, Runnable chooseImport) {
        this.model = model;
        this.chooseImport = chooseImport;
        this.scenarios = new ScenarioCards(model);
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        getStyleClass().addAll("page", "scenario-list-page");
        chosenTitle.getStyleClass().add("section-title");
        chosenTitle.setWrapText(true);
        chosenTitle.setMinHeight(Region.USE_PREF_SIZE);
        chosenSummary.setWrapText(true);
        chosenSummary.setMinHeight(Region.USE_PREF_SIZE);
        chosenSummary.getStyleClass().add("muted");
        person.setId("start-person");
        person.setMaxWidth(Double.MAX_VALUE);
        person.setCellFactory(v -> new PersonCell());
        person.setPromptText("No one in particular");
        person.setButtonCell(new PersonCell());
        commonground.people.PersonPicker.retellOnChange(person);
        start.setId("start-run");
        start.getStyleClass().add("accent");
        filter.setId("run-filter");
        filter.setAccessibleText("Which walk-throughs to show");
        runs.setId("run-list");
        runs.setCellFactory(v -> new RunCell());
        Label none = new Label("No walk-throughs here yet. Start one above; you can stop at any point and come back.");
        none.setWrapText(true);
        none.getStyleClass().add("muted");
        runs.setPlaceholder(none);
        importButton.setId("import-scenario");
        message.setId("scenarios-message");
        message.setWrapText(true);
        message.getStyleClass().add("form-message");
    }

    private void layoutParts() {
        Label title = new Label("Scenarios");
        title.getStyleClass().add("page-title");
        Label intro = new Label("Short guided conversations with yourself, each turning the practices into a plan "
                + "for one real situation. Go at your own pace; every answer is kept as you write.");
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleRow = new HBox(12, title, gap, importButton);
        titleRow.getStyleClass().add("toolbar-row");
        VBox header = new VBox(6, titleRow, intro, message);
        header.setPadding(new Insets(0, 0, 12, 0));
        setTop(header);

        scenarios.setMinWidth(300);
        Label aboutLabel = new Label("_About (optional)");
        aboutLabel.setMnemonicParsing(true);
        aboutLabel.setLabelFor(person);
        VBox chosen = new VBox(8, chosenTitle, chosenSummary, chosenTags, aboutLabel, person, start);
        chosen.getStyleClass().add("form-card");
        Label pastTitle = new Label("Your walk-throughs");
        pastTitle.getStyleClass().add("section-title");
        pastTitle.setMinWidth(Region.USE_PREF_SIZE);
        // The filter moves under the title when the column is too narrow for both (large text), and is
        // never wider than the column: a long "About …" entry ends in an ellipsis instead of the page's edge.
        filter.setMinWidth(0);
        FlowPane pastRow = new FlowPane(12, 6, pastTitle, filter);
        pastRow.getStyleClass().add("toolbar-row");
        VBox right = new VBox(10, chosen, pastRow, runs);
        filter.maxWidthProperty().bind(right.widthProperty());
        VBox.setVgrow(runs, Priority.ALWAYS);
        right.setMinWidth(320);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(16, scenarios, right);
        scenarios.prefWidthProperty().bind(body.widthProperty().multiply(0.45));
        setCenter(body);
    }

    private void setupBindings() {
        person.setItems(model.personChoices());
        person.valueProperty().bindBidirectional(model.startForProperty());
        filter.setItems(model.runFilters());
        filter.valueProperty().bindBidirectional(model.runFilterProperty());
        runs.setItems(model.runs());
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        start.disableProperty().bind(model.selectedProperty().isNull());
        model.selectedProperty().addListener((obs, old, now) -> showChosen(now));
        chosenTitle.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "" : model.selectedProperty().get().scenario().title(), model.selectedProperty()));
    }

    private void setupEventHandlers() {
        start.setOnAction(e -> model.start());
        importButton.setOnAction(e -> chooseImport.run());
    }

    private void showChosen(ScenarioLibrary.Offer offer) {
        chosenSummary.setText(offer == null ? "" : offer.scenario().summary());
        chosenTags.getChildren().setAll(offer == null ? new Region()
                : Tags.of(offer.scenario().practices(), model::practiceName));
    }

    /** Focuses the list (Ctrl+F). */
    void focusList() {
        scenarios.focusSelected();
    }

    /** A choice as the box names it; a person told apart from anyone whose label reads the same. */
    private final class PersonCell extends ListCell<AboutChoice> {
        @Override
        protected void updateItem(AboutChoice about, boolean empty) {
            super.updateItem(about, empty);
            AboutChoice shown = empty || about == null ? AboutChoice.NO_ONE : about;
            setText(shown.person() == null ? shown.label() : commonground.people.Namesakes.pickerLabel(shown.person(),
                    person.getItems().stream().map(AboutChoice::person).filter(java.util.Objects::nonNull).toList()));
            setTooltip(shown.person() == null ? null : new javafx.scene.control.Tooltip(shown.person().fullLabel()));
        }
    }

    /** A walk-through: its title and state whole, on as many lines as the list's width needs. */
    private final class RunCell extends commonground.shell.WrappingListCell<ScenarioRun> {
        @Override
        protected void updateItem(ScenarioRun run, boolean empty) {
            super.updateItem(run, empty);
            setText(null);
            if (empty || run == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(run.scenarioTitle());
            title.getStyleClass().add("cell-title");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            String state = run.finished() ? "Finished " + commonground.shell.Dates.dayAndTime(run.finishedAt())
                    : "In progress, last written " + commonground.shell.Dates.dayAndTime(run.updatedAt());
            Label detail = new Label((run.personName() == null ? ""
                    : "About " + model.aboutName(run) + "  ·  ") + state);
            detail.getStyleClass().add("cell-detail");
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            VBox text = new VBox(2, title, detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button open = new Button(run.finished() ? "Open" : "Continue");
            open.getStyleClass().add(run.finished() ? "open-run" : "continue-run");
            open.setMinWidth(Region.USE_PREF_SIZE);
            open.setOnAction(e -> model.open(run));
            Button delete = new Button("", new FontIcon(Feather.TRASH_2));
            delete.getStyleClass().addAll("delete-run", "flat");
            delete.setAccessibleText("Delete this walk-through");
            delete.setMinWidth(Region.USE_PREF_SIZE);
            delete.setOnAction(e -> model.delete(run));
            HBox row = new HBox(8, text, open, delete);
            row.getStyleClass().add("toolbar-row");
            row.prefWidthProperty().bind(runs.widthProperty().subtract(40));
            row.maxWidthProperty().bind(runs.widthProperty().subtract(40));
            text.setMinWidth(0);
            setGraphic(row);
            setAccessibleText(run.scenarioTitle() + ", " + detail.getText());
        }
    }
}
