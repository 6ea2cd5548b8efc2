package commonground.scenarios;

import commonground.shell.Stylesheets;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;

/** The Scenarios screen: the list, a walk-through in progress, or a finished plan. */
public final class ScenariosView extends StackPane {

    private final ScenariosViewModel model;
    private final ScenarioListView list;
    private final RunView run;
    private final SummaryView summary;

    public ScenariosView(ScenariosViewModel model, DraftEditorFactory drafts, commonground.shell.SecretClipboard clipboard,
                         PracticeLink practice) {
        this.model = model;
        this.list = new ScenarioListView(model, this::chooseImport);
        this.run = new RunView(model.runModel(), new StepInputs(drafts), model::practiceName, model::showList);
        this.summary = new SummaryView(model.summary(), clipboard, this::chooseSaveFile, model::showList, practice);
        initializeParts();
        setupBindings();
    }

    private void initializeParts() {
        setId("scenarios-view");
        getStyleClass().add("scenarios-view");
        getStylesheets().add(Stylesheets.url("/commonground/scenarios/scenarios.css"));
        show(model.pageProperty().get());
    }

    private void setupBindings() {
        model.pageProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(ScenariosViewModel.Page page) {
        Node node = switch (page) {
            case LIST -> list;
            case RUN -> run;
            case SUMMARY -> summary;
        };
        getChildren().setAll(node);
    }

    /** The view model, for tests that import a file without a native file dialog. */
    public ScenariosViewModel model() {
        return model;
    }

    void focusList() {
        model.showList();
        list.focusList();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a scenario");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Scenario files (YAML)", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            model.importFile(file.toPath());
        }
    }

    private void chooseSaveFile() {
        if (!model.summary().maySave()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the plan as Markdown");
        chooser.setInitialFileName(model.summary().suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown", "*.md"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            Path path = file.toPath();
            model.summary().saveMarkdown(path);
        }
    }
}
