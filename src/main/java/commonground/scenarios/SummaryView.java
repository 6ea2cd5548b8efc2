package commonground.scenarios;

import commonground.shell.FittingBorderPane;
import commonground.shell.SecretClipboard;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.collections.ListChangeListener;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Function;

/** The end of a walk-through: the user's own answers as a plan, to revisit, copy or save. Read-only. */
final class SummaryView extends FittingBorderPane {

    private final SummaryModel model;
    private final Runnable chooseSaveFile;
    private final Runnable done;
    private final Label title = new Label();
    private final Label about = new Label();
    private final VBox entries = new VBox(12);
    private final Button copy = new Button("_Copy", new FontIcon(Feather.COPY));
    private final Button save = new Button("Save as a _text file…", new FontIcon(Feather.DOWNLOAD));
    private final Button back = new Button("Back to _scenarios", new FontIcon(Feather.ARROW_LEFT));
    private final Button reopen = new Button("Change _answers", new FontIcon(Feather.EDIT_2));
    private final Button again = new Button("Copy into a _new walk-through", new FontIcon(Feather.COPY));
    private final Button whoKnows = new Button("_Who knows what", new FontIcon(Feather.USERS));
    private final Label message = new Label();
    private final Runnable onReopen;
    private final Runnable onAgain;
    private final SecretClipboard clipboard;
    private final Button practise = new Button("_Practise this conversation", new FontIcon(Feather.MIC));
    private final PracticeLink practice;

    /**
     * @param onReopen opens the finished plan again to change its answers
     * @param onAgain  starts a new walk-through with the plan's answers already in it
     */
    SummaryView(SummaryModel model, SecretClipboard clipboard, Runnable chooseSaveFile, Runnable done,
                Runnable onReopen, Runnable onAgain, PracticeLink practice) {
        this.model = model;
        this.clipboard = clipboard;
        this.practice = practice;
        this.chooseSaveFile = chooseSaveFile;
        this.done = done;
        this.onReopen = onReopen;
        this.onAgain = onAgain;
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        getStyleClass().addAll("page", "scenario-summary");
        setId("scenario-summary");
        title.getStyleClass().add("run-title");
        title.setWrapText(true);
        about.getStyleClass().add("muted");
        entries.setId("summary-entries");
        copy.setId("copy-plan");
        save.setId("save-plan");
        back.setId("summary-done");
        reopen.setId("summary-reopen");
        again.setId("summary-again");
        practise.setId("practise-this");
        whoKnows.setId("summary-who-knows");
        for (Button b : java.util.List.of(back, copy, save, reopen, again, practise, whoKnows)) {
            b.setMinWidth(USE_PREF_SIZE);
        }
        message.setId("summary-message");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
    }

    private void layoutParts() {
        Label lead = new Label("Your plan, in your own words. Come back to it whenever you like.");
        lead.getStyleClass().add("muted");
        lead.setWrapText(true);
        VBox header = new VBox(6, title, about, lead);
        if (model.comeBack() != null) {
            header.getChildren().add(new commonground.shell.ComeBackField(model.comeBack(), "Come back to this on"));
        }
        header.setPadding(new Insets(0, 0, 16, 0));
        setTop(header);
        ScrollPane scroll = new ScrollPane(entries);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        setCenter(scroll);
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 8, back, reopen, again, copy, save,
                practise, whoKnows);
        actions.getStyleClass().add("toolbar-row");
        VBox bottom = new VBox(8, actions, message);
        bottom.setPadding(new Insets(16, 0, 0, 0));
        setBottom(bottom);
    }

    private void setupBindings() {
        title.textProperty().bind(model.titleProperty());
        about.textProperty().bind(model.aboutProperty());
        message.textProperty().bind(model.messageProperty());
        model.practiceForProperty().addListener((obs, old, now) -> showPractise(now));
        showPractise(model.practiceForProperty().get());
        whoKnows.visibleProperty().bind(model.whoKnowsProperty());
        whoKnows.managedProperty().bind(model.whoKnowsProperty());
        model.entries().addListener((ListChangeListener<SummaryModel.Entry>) c -> render());
        render();
    }

    private void setupEventHandlers() {
        copy.setOnAction(e -> {
            if (model.mayCopy()) {
                clipboard.copy(model.markdownProperty().get());
                model.copied();
            }
        });
        save.setOnAction(e -> chooseSaveFile.run());
        back.setOnAction(e -> done.run());
        whoKnows.setOnAction(e -> model.openWhoKnowsWhat());
        reopen.setOnAction(e -> onReopen.run());
        again.setOnAction(e -> onAgain.run());
        practise.setOnAction(e -> practice.open(model.practiceForProperty().get(), model.practicePersonId()));
    }

    private void showPractise(String scenarioId) {
        boolean offered = !scenarioId.isEmpty() && practice.offers(scenarioId);
        practise.setVisible(offered);
        practise.setManaged(offered);
    }

    private void render() {
        entries.getChildren().clear();
        if (model.entries().isEmpty()) {
            Label none = new Label("No answers were written in this walk-through.");
            none.getStyleClass().add("muted");
            entries.getChildren().add(none);
        }
        for (SummaryModel.Entry entry : model.entries()) {
            Label heading = new Label(entry.title());
            heading.getStyleClass().add("summary-heading");
            heading.setWrapText(true);
            VBox box = new VBox(6, heading);
            box.getChildren().add(Tags.of(entry.practices(), Function.identity()));
            for (String line : entry.lines()) {
                Label answer = new Label((entry.kind() == StepKind.CHECKLIST ? "✓  " : "") + line);
                answer.getStyleClass().add("summary-answer");
                answer.setWrapText(true);
                box.getChildren().add(answer);
            }
            box.getStyleClass().addAll("summary-entry", entry.kind() == StepKind.PLAN ? "plan-entry" : "answer-entry");
            box.setId("summary-" + entry.stepId());
            entries.getChildren().add(box);
        }
    }
}
