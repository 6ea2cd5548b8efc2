package commonground.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** "Come back to this on [day] [Come back then] [Clear]", under a plan or a check-in. */
public final class ComeBackField extends VBox {

    public ComeBackField(ComeBackChoice choice, String label) {
        super(4);
        getStyleClass().add("come-back-field");
        setId("come-back-field");
        Label title = new Label(label);
        title.getStyleClass().add("come-back-title");
        DatePicker picker = new DatePicker();
        picker.setId("come-back-day");
        Label dayProblem = DayPickers.install(picker);
        picker.setAccessibleText(label);
        title.setLabelFor(picker);
        Button keep = new Button("Come back then", new FontIcon(Feather.CALENDAR));
        keep.setId("come-back-keep");
        Button clear = new Button("Clear");
        clear.setId("come-back-clear");
        // What Come back then answers, and the day's problem, are said under the buttons in room kept for
        // them: scrolled into view as the field appeared under a saved check-in, it moved Save from under
        // the pointer.
        AnswerLine status = new AnswerLine("come-back-status");
        status.visibleProperty().bind(dayProblem.textProperty().isEmpty());
        dayProblem.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.StackPane said = new javafx.scene.layout.StackPane(status, dayProblem);
        said.setAlignment(Pos.TOP_LEFT);
        // Whole labels at every text size: the buttons keep their width and go to the next line instead.
        keep.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane row = new FlowPane(8, 6, picker, keep, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        Label answered = new Label();
        answered.setId("come-back-answered");
        answered.setWrapText(true);
        answered.textProperty().bind(choice.answeredProperty());
        answered.visibleProperty().bind(choice.answeredProperty().isNotEmpty());
        answered.managedProperty().bind(answered.visibleProperty());
        getChildren().addAll(title, answered, row, said);
        // Shown again (after answering "How did it go?" on Home, say): read the day and answer afresh.
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null && old == null) {
                choice.refresh();
            }
        });

        picker.valueProperty().bindBidirectional(choice.dayProperty());
        status.textProperty().bind(choice.statusProperty());
        clear.disableProperty().bind(choice.chosenProperty().isNull());
        keep.disableProperty().bind(choice.dayProperty().isNull()
                .or(choice.dayProperty().isEqualTo(choice.chosenProperty())));
        visibleProperty().bind(choice.availableProperty());
        managedProperty().bind(visibleProperty());
        keep.setOnAction(e -> {
            if (DayPickers.read(picker)) {
                choice.keep();
            }
        });
        clear.setOnAction(e -> choice.clear());
    }
}
