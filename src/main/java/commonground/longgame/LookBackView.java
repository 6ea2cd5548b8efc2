package commonground.longgame;

import commonground.people.Person;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.util.List;

/** The "Looking back" tab: a person's months as charts and a few plain sentences; save or print. */
public final class LookBackView extends ScrollPane {

    private final LookBackViewModel model;
    private final ComboBox<Person> person = new ComboBox<>();
    private final VBox sentences = new VBox(6);
    private final VBox stepBack = new VBox(8);
    private final LookBackChartsView charts = new LookBackChartsView();
    private final Button save = new Button("Save as a _text file\u2026", new FontIcon(Feather.DOWNLOAD));
    private final Button print = new Button("_Print\u2026", new FontIcon(Feather.PRINTER));
    private final Label message = new Label();
    private final VBox printable = new VBox(12);

    public LookBackView(LookBackViewModel model) {
        this.model = model;
        initializeParts();
        layoutParts();
        setupBindings();
    }

    private void initializeParts() {
        setId("look-back-view");
        setFitToWidth(true);
        getStyleClass().addAll("page-scroll", "look-back");
        person.setId("look-back-person");
        person.setConverter(LongGameLayout.personNames(person));
        sentences.setId("look-back-sentences");
        stepBack.setId("step-back");
        stepBack.getStyleClass().add("step-back-card");
        save.setId("look-back-save");
        print.setId("look-back-print");
        message.setId("look-back-message");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
    }

    private void layoutParts() {
        Label who = new Label("_Looking back with");
        who.setMnemonicParsing(true);
        who.setLabelFor(person);
        // Whole labels at every text size: what does not fit goes to the next line.
        for (Region r : List.of(who, save, print)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane top = new FlowPane(8, 6, who, person, save, print);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("toolbar-row");
        printable.getChildren().addAll(sentences, charts);
        VBox page = new VBox(12, top, message, stepBack, printable);
        setContent(page);
    }

    private void setupBindings() {
        person.setItems(model.persons());
        person.valueProperty().bindBidirectional(model.personProperty());
        model.sentences().addListener((ListChangeListener<String>) c -> showSentences());
        model.months().addListener((ListChangeListener<MonthFigures>) c -> showCharts());
        model.stepBackProperty().addListener((obs, old, now) -> showStepBack(now));
        message.textProperty().bind(model.messageProperty());
        save.disableProperty().bind(model.markdownProperty().isEmpty());
        print.disableProperty().bind(model.markdownProperty().isEmpty());
        save.setOnAction(e -> chooseFile());
        print.setOnAction(e -> print());
        showSentences();
        showCharts();
        showStepBack(model.stepBackProperty().get());
    }

    private void showSentences() {
        sentences.getChildren().clear();
        for (String s : model.sentences()) {
            Label l = new Label(s);
            l.setWrapText(true);
            l.getStyleClass().add("look-back-sentence");
            sentences.getChildren().add(l);
        }
    }

    private void showCharts() {
        charts.show(List.copyOf(model.months()));
    }

    private void showStepBack(boolean shown) {
        stepBack.getChildren().clear();
        stepBack.setVisible(shown);
        stepBack.setManaged(shown);
        if (!shown) {
            return;
        }
        Label title = new Label(StepBack.TITLE);
        title.getStyleClass().add("section-title");
        Label text = new Label(StepBack.TEXT);
        text.setWrapText(true);
        Hyperlink link = new Hyperlink(StepBack.LINK);
        link.setId("step-back-link");
        link.setOnAction(e -> model.openWhereNeedsAreMet());
        Button close = new Button("Thank you, not now");
        close.setId("step-back-close");
        close.setOnAction(e -> model.closeStepBack());
        link.setMinWidth(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        stepBack.getChildren().addAll(title, text, new FlowPane(12, 6, link, close));
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the look-back as a text file");
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Text file (Markdown)", "*.md"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.saveMarkdown(file.toPath());
        }
    }

    /** Prints the sentences and charts; with no printer (or none installed) it says so calmly. */
    private void print() {
        PrinterJob job;
        try {
            job = PrinterJob.createPrinterJob();
        } catch (RuntimeException e) {
            job = null;
        }
        if (job == null) {
            model.printed(false, false);
            return;
        }
        boolean go = job.showPrintDialog(getScene() == null ? null : getScene().getWindow());
        boolean done = go && job.printPage(printable);
        if (done) {
            job.endJob();
        } else {
            job.cancelJob();
        }
        model.printed(done, true);
    }
}
