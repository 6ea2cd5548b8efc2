package commonground.longgame;

import commonground.people.Person;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The "Good moments" tab: "A good moment with …" and, beside it, the person's moments and check-ins. */
final class GoodMomentsView extends HBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final GoodMomentsViewModel model;
    private final ComboBox<Person> person = new ComboBox<>();
    private final DatePicker day = new DatePicker();
    private final TextArea what = new TextArea();
    private final ComboBox<String> activity = new ComboBox<>();
    private final TextField madeEasy = new TextField();
    private final Button save = new Button("_Keep this moment", new FontIcon(Feather.HEART));
    private final Label message = new Label();
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
        person.setConverter(new StringConverter<>() {
            @Override
            public String toString(Person p) {
                return p == null ? "" : p.pickerLabel();
            }

            @Override
            public Person fromString(String s) {
                return null;
            }
        });
        day.setId("moment-day");
        day.setEditable(false);
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
        message.setId("moment-message");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        timeline.setId("moment-timeline");
        timeline.setPlaceholder(new Label("Nothing kept yet for this person."));
        timeline.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineEntry item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("good-moment-entry");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                String head = DAY.format(item.on()) + "  ·  " + (item.goodMoment() ? "A good moment: " : "") + item.text();
                setText(item.detail().isBlank() ? head : head + "\n" + item.detail());
                setWrapText(true);
                setPrefWidth(0);
                if (item.goodMoment()) {
                    getStyleClass().add("good-moment-entry");
                }
            }
        });
    }

    private static Label label(String text, javafx.scene.Node target) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private void layoutParts() {
        Label title = new Label("A good moment with \u2026");
        title.getStyleClass().add("section-title");
        Label lead = new Label("Celebrating what already works is one of the practices. Small moments count.");
        lead.getStyleClass().add("muted");
        lead.setWrapText(true);
        lead.setMinHeight(Region.USE_PREF_SIZE);
        title.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane who = new FlowPane(8, 6, person, day);
        VBox form = new VBox(8, title, lead, label("_Who, and when", person), who,
                label("What _happened?", what), what, label("_Activity", activity), activity,
                label("What made it _easy?", madeEasy), madeEasy, save, message);
        form.getStyleClass().add("form-card");
        form.setPrefWidth(420);
        form.setMinWidth(320);
        // At the largest text size the form may be taller than the window: it scrolls, nothing is cut.
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.getStyleClass().add("page-scroll");
        formScroll.setMinWidth(340);
        Label withTitle = new Label("Moments and check-ins");
        withTitle.getStyleClass().add("section-title");
        VBox right = new VBox(8, withTitle, timeline);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(formScroll, right);
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
        save.setOnAction(e -> model.save());
    }

    void focusWhat() {
        what.requestFocus();
    }
}
