package commonground.longgame;

import commonground.people.Person;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;


/** The "Good moments" tab: "A good moment with …" and, beside it, the person's moments and check-ins. */
final class GoodMomentsView extends HBox {


    private final GoodMomentsViewModel model;
    private final ComboBox<Person> person = new ComboBox<>();
    private final DatePicker day = new DatePicker();
    private javafx.scene.control.Label dayProblem;
    private final TextArea what = new TextArea();
    private final ComboBox<String> activity = new ComboBox<>();
    private final TextField madeEasy = new TextField();
    private final Button save = new Button("_Keep this moment", new FontIcon(Feather.HEART));
    /** Under Keep this moment, in room kept for it; a day that cannot be read is said there too. */
    private final commonground.shell.AnswerLine message = new commonground.shell.AnswerLine("moment-message");
    private final ListView<TimelineEntry> timeline = new ListView<>();

    GoodMomentsView(GoodMomentsViewModel model) {
        super(16);
        this.model = model;
        initializeParts();
        layoutParts();
        setupBindings();
    }

    private void initializeParts() {
        setId("good-moments-view");
        person.setId("moment-person");
        person.setMinWidth(Region.USE_PREF_SIZE); // the name is read whole, never clipped
        person.setConverter(LongGameLayout.personNames(person));
        day.setId("moment-day");
        dayProblem = commonground.shell.DayPickers.install(day);
        day.setAccessibleText("The day it happened");
        what.setId("moment-what");
        what.setWrapText(true);
        what.setPrefRowCount(3);
        what.setPromptText("For example: we laughed at the same thing on the way to the shops");
        activity.setId("moment-activity");
        activity.setEditable(true);
        activity.setPromptText("A tag, such as walking");
        activity.setMaxWidth(Double.MAX_VALUE);
        madeEasy.setId("moment-made-easy");
        madeEasy.setPromptText("What made it easy (optional)");
        save.setId("save-moment");
        timeline.setId("moment-timeline");
        Label nothingYet = new Label("Nothing kept yet for this person.");
        nothingYet.setWrapText(true); // whole at large text, not "Nothing kept yet for this per…"
        nothingYet.setPadding(new javafx.geometry.Insets(12));
        timeline.setPlaceholder(nothingYet);
        timeline.setCellFactory(v -> new EntryCell<>(item -> new EntryCell.Lines(commonground.shell.Dates.day(item.on()) + "  \u00B7  "
                + (item.goodMoment() ? "A good moment: " : "") + item.text(), item.detail(),
                item.goodMoment() ? "good-moment-entry" : null)));
        save.setMinWidth(Region.USE_PREF_SIZE);
    }

    private void layoutParts() {
        // The day's problem is said under Keep this moment, where the person is looking when it is read
        // (under the day it pushed the button down); it shares the answer's room, which is kept.
        message.visibleProperty().bind(dayProblem.textProperty().isEmpty());
        javafx.scene.layout.StackPane answer = new javafx.scene.layout.StackPane(message, dayProblem);
        answer.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        dayProblem.setMaxWidth(Double.MAX_VALUE);
        FlowPane who = new FlowPane(8, 6, person, day);
        javafx.scene.control.Label heading = LongGameLayout.sectionTitle("A good moment");
        heading.setId("moment-heading");
        heading.textProperty().bind(model.headingProperty());
        ScrollPane form = LongGameLayout.formColumn("moment-scroll", heading,
                LongGameLayout.muted("Celebrating what already works is one of the practices. Small moments count."),
                LongGameLayout.label("_Who, and when", person), who,
                LongGameLayout.label("What _happened?", what), what, LongGameLayout.label("_Activity", activity),
                activity, LongGameLayout.label("What made it _easy?", madeEasy), madeEasy,
                new javafx.scene.layout.VBox(4, save, answer));
        getChildren().addAll(form, LongGameLayout.listColumn("Moments and check-ins", timeline));
    }

    private void setupBindings() {
        person.setItems(model.persons());
        person.valueProperty().bindBidirectional(model.personProperty());
        day.valueProperty().bindBidirectional(model.dayProperty());
        what.textProperty().bindBidirectional(model.whatProperty());
        activity.setItems(model.activities());
        activity.getEditor().textProperty().bindBidirectional(model.activityProperty());
        activity.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(model.activityProperty().get())) {
                model.activityProperty().set(now);
            }
        });
        madeEasy.textProperty().bindBidirectional(model.madeEasyProperty());
        message.textProperty().bind(model.messageProperty());
        timeline.setItems(model.timeline());
        save.setOnAction(e -> {
            if (commonground.shell.DayPickers.read(day)) {
                model.save();
            }
        });
    }

    void focusWhat() {
        what.requestFocus();
    }
}
