package commonground.scenarios;

import commonground.care.DistressCard;
import commonground.care.SafetyPathView;
import commonground.shell.FittingBorderPane;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Function;

/** One step of a walk-through at a time, with Back, Next and a progress indicator. */
final class RunView extends FittingBorderPane {

    private final RunViewModel model;
    private final StepInputs inputs;
    private final Function<String, String> practiceName;
    private final Runnable leave;
    private final Label scenarioTitle = new Label();
    private final Label progressText = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final VBox card = new VBox(10);
    private final ScrollPane scroll = new ScrollPane();
    private final Button back = new Button("_Back", new FontIcon(Feather.ARROW_LEFT));
    private final Button next = new Button("_Next", new FontIcon(Feather.ARROW_RIGHT));
    private final Button leaveButton = new Button("Save and _leave");
    private final Label saveState = new Label();
    private final SafetyPathView safety = new SafetyPathView("run");
    private Node input;
    private DistressCard distressCard;

    RunView(RunViewModel model, StepInputs inputs, Function<String, String> practiceName, Runnable leave) {
        this.model = model;
        this.inputs = inputs;
        this.practiceName = practiceName;
        this.leave = leave;
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        getStyleClass().addAll("page", "scenario-run");
        setId("scenario-run");
        scenarioTitle.getStyleClass().add("run-title");
        scenarioTitle.setWrapText(true);
        progressText.setId("step-progress");
        progressText.getStyleClass().add("muted");
        progress.setId("step-progress-bar");
        progress.setMaxWidth(Double.MAX_VALUE);
        card.getStyleClass().add("step-card");
        back.setId("step-back");
        next.setId("step-next");
        next.setDefaultButton(false);
        next.getStyleClass().add("accent");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        leaveButton.setId("leave-run");
        saveState.setId("save-state");
        saveState.getStyleClass().add("form-message");
        saveState.setWrapText(true);
    }

    private void layoutParts() {
        VBox header = new VBox(8, scenarioTitle, progressText, progress, safety);
        header.setPadding(new Insets(0, 0, 16, 0));
        setTop(header);
        scroll.setContent(card);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        setCenter(scroll);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(saveState, Priority.SOMETIMES);
        HBox actions = new HBox(8, back, next, saveState, gap, leaveButton);
        actions.getStyleClass().add("toolbar-row");
        actions.setPadding(new Insets(16, 0, 0, 0));
        setBottom(actions);
    }

    private void setupBindings() {
        progressText.textProperty().bind(Bindings.createStringBinding(() -> "Step " + model.positionProperty().get()
                        + " of about " + Math.max(model.positionProperty().get(), model.totalProperty().get()),
                model.positionProperty(), model.totalProperty()));
        progress.progressProperty().bind(Bindings.createDoubleBinding(() -> model.positionProperty().get()
                / (double) Math.max(1, model.totalProperty().get()), model.positionProperty(), model.totalProperty()));
        back.disableProperty().bind(model.canBackProperty().not());
        next.disableProperty().bind(model.canNextProperty().not());
        saveState.textProperty().bind(model.saveStateProperty());
        safety.setHeading("Why some suggestions are left out");
        safety.visibleProperty().bind(model.safetyNoteProperty().isNotEmpty());
        safety.managedProperty().bind(safety.visibleProperty());
        safety.setText(model.safetyNoteProperty().get());
        model.safetyNoteProperty().addListener((obs, old, now) -> safety.setText(now));
        model.saveProblemProperty().addListener((obs, old, now) -> {
            saveState.getStyleClass().remove("error");
            if (now) {
                saveState.getStyleClass().add("error");
            }
        });
        model.stepProperty().addListener((obs, old, now) -> showStep(now));
        model.answerProperty().addListener((obs, old, now) -> updateNextText());
        scenarioTitle.textProperty().bind(model.headingProperty());
    }

    private void setupEventHandlers() {
        back.setOnAction(e -> model.back());
        next.setOnAction(e -> model.next());
        leaveButton.setOnAction(e -> leave.run());
    }

    private void showStep(Step step) {
        scroll.setVvalue(scroll.getVmin()); // a new step starts at its heading, not where the last one was scrolled
        if (input instanceof TextArea area) {
            area.textProperty().unbindBidirectional(model.answerProperty());
        }
        card.getChildren().clear();
        if (step == null) {
            return;
        }
        Label title = new Label(step.title());
        title.setId("step-title");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        Label text = new Label(step.text());
        text.setId("step-text");
        text.getStyleClass().add("paragraph");
        text.setWrapText(true);
        card.getChildren().addAll(Tags.of(step.practices(), practiceName), title, text);
        if (step.example() != null) {
            Label lead = new Label(step.kind() == StepKind.INFO ? "You might say" : "For example");
            lead.getStyleClass().add("example-lead");
            Label example = new Label(step.example());
            example.setWrapText(true);
            example.getStyleClass().add("example-text");
            VBox box = new VBox(4, lead, example);
            box.getStyleClass().add("step-example");
            card.getChildren().add(box);
        }
        input = inputs.inputFor(step, model.answerProperty());
        if (input != null) {
            card.getChildren().add(input);
            VBox.setVgrow(input, Priority.SOMETIMES);
            if (distressCard == null) {
                distressCard = new DistressCard(model.distressNotice());
            }
            // The gentle notice comes right after a written answer, never over it.
            if (step.kind() != StepKind.CHOICE && step.kind() != StepKind.CHECKLIST) {
                card.getChildren().add(distressCard);
            }
            focusWhenShown(focusTarget(input));
        }
        updateNextText();
    }

    /**
     * Puts the keyboard on {@code focus} once it is on screen: at once when the step is already in the
     * window, else as soon as it joins it (a focus asked for before that is silently dropped, and a
     * keyboard user's first key then went to the sidebar).
     */
    private static void focusWhenShown(Node focus) {
        if (focus.getScene() != null) {
            javafx.application.Platform.runLater(focus::requestFocus);
            return;
        }
        focus.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                javafx.scene.Scene old, javafx.scene.Scene now) {
                if (now != null) {
                    focus.sceneProperty().removeListener(this);
                    javafx.application.Platform.runLater(focus::requestFocus);
                }
            }
        });
    }

    /** The text area of a writing step (also inside a draft editor), else the first option or item. */
    private static Node focusTarget(Node input) {
        if (input instanceof TextArea) {
            return input;
        }
        Node area = input.lookup(".text-area");
        if (area != null) {
            return area;
        }
        return input instanceof VBox box && !box.getChildren().isEmpty() ? box.getChildren().get(0) : input;
    }

    private void updateNextText() {
        next.setText(model.nextFinishes() ? "_Finish" : "_Next");
    }
}
