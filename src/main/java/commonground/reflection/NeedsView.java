package commonground.reflection;

import commonground.people.Person;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.HashMap;
import java.util.Map;

/** The needs check-in on the left; one need over time, and where it can be met, on the right. */
final class NeedsView extends HBox {

    private final NeedsViewModel model;
    private final NeedsVocabulary vocabulary;
    private final Map<String, CheckBox> boxes = new HashMap<>();
    private final VBox ratingRows = new VBox(8);
    private final ScrollPane checkInColumn = new ScrollPane();
    private final TextArea note = new TextArea();
    private final Button save = new Button("Save check-in", new FontIcon(Feather.CHECK));
    private final Label message = new Label();
    private final ComboBox<Need> focus = new ComboBox<>();
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis(0, 4, 1));
    private final VBox sourceRows = new VBox(6);
    private final VBox recentRows = new VBox(10);
    private final ComboBox<SourceKind> kind = new ComboBox<>();
    private final ComboBox<Person> person = new ComboBox<>();
    private final TextField label = new TextField();
    private final Button add = new Button("Add", new FontIcon(Feather.PLUS));
    private final Label sourceMessage = new Label();

    NeedsView(NeedsViewModel model, NeedsVocabulary vocabulary) {
        this.model = model;
        this.vocabulary = vocabulary;
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        getStyleClass().add("needs-view");
        setSpacing(20);
        note.setId("checkin-note");
        note.setPromptText("Anything you want to remember about this week (optional)");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        save.setId("save-checkin");
        message.setId("checkin-message");
        message.setWrapText(true);
        message.getStyleClass().add("form-message");
        focus.setId("focus-need");
        focus.setAccessibleText("The need to show over time");
        focus.getItems().setAll(vocabulary.all());
        focus.setConverter(new StringConverter<>() {
            @Override
            public String toString(Need n) {
                return n == null ? "" : n.name();
            }

            @Override
            public Need fromString(String s) {
                return null;
            }
        });
        chart.setId("need-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.getStyleClass().add("need-chart");
        chart.getYAxis().setLabel("How met (0 to 4)");
        kind.setId("source-kind");
        kind.setAccessibleText("Where this need can be met: a person, a place or an activity");
        kind.getItems().setAll(SourceKind.values());
        person.setId("source-person");
        person.getStyleClass().add("source-person");
        person.setPromptText("Someone from People");
        person.setCellFactory(v -> personCell(person));
        person.setButtonCell(personCell(person));
        commonground.people.PersonPicker.retellOnChange(person);
        label.setId("source-label");
        label.setPromptText("A place or an activity");
        add.setId("add-source");
        add.setMinWidth(USE_PREF_SIZE);
        sourceRows.setId("need-sources");
        sourceMessage.getStyleClass().add("form-message");
        sourceMessage.setWrapText(true);
        sourceMessage.setId("source-message");
    }

    /** A person as the picker names them, told apart from anyone in {@code box} whose label reads the same. */
    private static ListCell<Person> personCell(ComboBox<Person> box) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Person p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : commonground.people.Namesakes.pickerLabel(p, box.getItems()));
                setTooltip(empty || p == null ? null : new javafx.scene.control.Tooltip(p.name()));
            }
        };
    }

    private void layoutParts() {
        VBox checkIn = new VBox(10, sectionTitle("How are your needs this week?"),
                muted("Choose the needs that matter to you now, then say how met each one feels, "
                        + "from 0 (not at all) to 4 (fully)."));
        ratingRows.setId("rating-rows");
        for (NeedGroup group : vocabulary.groups()) {
            FlowPane row = new FlowPane(10, 6);
            for (Need need : group.needs()) {
                CheckBox box = new CheckBox(need.name());
                box.setId("need-" + need.id());
                boxes.put(need.id(), box);
                row.getChildren().add(box);
            }
            Label name = new Label(group.name());
            name.getStyleClass().add("need-group-title");
            checkIn.getChildren().addAll(name, row);
        }
        // After the needs it saves: their ratings, the note, then "Save check-in" and what it answers.
        checkIn.getChildren().addAll(ratingRows, note, new HBox(8, save), message);
        checkIn.getStyleClass().add("form-card");
        // What was saved stays in sight: the check-ins with their notes, newest first.
        recentRows.setId("recent-checkins");
        VBox saved = new VBox(10, sectionTitle("Your recent check-ins"), recentRows);
        saved.getStyleClass().add("form-card");
        ScrollPane left = checkInColumn;
        left.setContent(new VBox(14, checkIn, saved));
        left.setId("needs-check-in-column");
        left.getStyleClass().add("needs-check-in-column");
        left.setFitToWidth(true);
        left.getStyleClass().add("page-scroll");
        left.setPrefWidth(460);

        // Wraps onto a second line where the column is narrow (large text), rather than cutting the picker.
        javafx.scene.layout.FlowPane sourceForm = new javafx.scene.layout.FlowPane(8, 8, kind, person, label, add);
        sourceForm.getStyleClass().add("toolbar-row");
        VBox right = new VBox(10, sectionTitle("One need over time"), focus, chart,
                sectionTitle("Where can this need be met?"),
                muted("No one person can meet every need. The people, places and activities that help:"),
                sourceRows, sourceForm, sourceMessage);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.SOMETIMES);
        getChildren().setAll(left, right);
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        l.setWrapText(true);
        l.setMinHeight(USE_PREF_SIZE);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        l.setMinHeight(USE_PREF_SIZE);
        return l;
    }

    private void setupBindings() {
        note.textProperty().bindBidirectional(model.checkInNoteProperty());
        message.textProperty().bind(model.messageProperty());
        focus.valueProperty().bindBidirectional(model.focusNeedProperty());
        kind.valueProperty().bindBidirectional(model.sourceKindProperty());
        person.valueProperty().bindBidirectional(model.sourcePersonProperty());
        person.setItems(model.people());
        label.textProperty().bindBidirectional(model.sourceLabelProperty());
        sourceMessage.textProperty().bind(model.sourceMessageProperty());
        person.visibleProperty().bind(model.sourceKindProperty().isEqualTo(SourceKind.PERSON));
        person.managedProperty().bind(person.visibleProperty());
        label.visibleProperty().bind(person.visibleProperty().not());
        label.managedProperty().bind(label.visibleProperty());
        model.ratings().addListener((MapChangeListener<String, Integer>) c -> showRatings());
        model.history().addListener((ListChangeListener<RatingPoint>) c -> showHistory());
        model.sources().addListener((ListChangeListener<NeedSource>) c -> showSources());
        model.people().addListener((ListChangeListener<Person>) c -> showSources());
        model.recent().addListener((ListChangeListener<NeedsCheckIn>) c -> showRecent());
        showRatings();
        showRecent();
        showHistory();
        showSources();
    }

    private void showRatings() {
        ratingRows.getChildren().clear();
        boxes.forEach((id, box) -> box.setSelected(model.ratings().containsKey(id)));
        model.ratings().forEach((id, value) -> ratingRows.getChildren().add(new NeedRatingRow(id, model.nameOf(id),
                value, r -> model.rate(id, r))));
    }

    private void showHistory() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (RatingPoint p : model.history()) {
            series.getData().add(new XYChart.Data<>(commonground.shell.Dates.dayAndTime(p.at()), p.rating()));
        }
        chart.getData().setAll(java.util.List.of(series));
        Need need = model.focusNeedProperty().get();
        chart.setTitle(model.history().isEmpty() && need != null
                ? "No check-ins on " + need.name().toLowerCase() + " yet" : null);
    }

    private void showSources() {
        sourceRows.getChildren().clear();
        if (model.sources().isEmpty()) {
            sourceRows.getChildren().add(muted("Nothing here yet."));
        }
        for (NeedSource s : model.sources()) {
            String named = sourceName(s);
            Label what = new Label(s.kind().label() + ": " + named);
            what.setWrapText(true);
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.setAccessibleText("Remove " + named);
            remove.setTooltip(new javafx.scene.control.Tooltip("Remove " + named));
            remove.getStyleClass().add("flat");
            remove.setOnAction(e -> model.removeSource(s));
            HBox row = new HBox(6, what, remove);
            row.getStyleClass().addAll("toolbar-row", "need-source");
            sourceRows.getChildren().add(row);
        }
    }

    /** A person as the pickers name them, told apart from a namesake; a place or activity as written. */
    private String sourceName(NeedSource s) {
        if (s.kind() != SourceKind.PERSON || s.personId() == null) {
            return s.label();
        }
        return model.people().stream().filter(p -> p.id() == s.personId()).findFirst()
                .map(p -> commonground.people.Namesakes.said(p, model.people())).orElse(s.label());
    }

    private void showRecent() {
        recentRows.getChildren().clear();
        if (model.recent().isEmpty()) {
            recentRows.getChildren().add(muted("Each check-in you save is kept here, with its note."));
        }
        for (NeedsCheckIn c : model.recent()) {
            Label when = new Label(commonground.shell.Dates.dayAndTime(c.createdAt()));
            when.getStyleClass().add("checkin-when");
            Label rated = muted(c.ratings().entrySet().stream()
                    .map(e -> model.nameOf(e.getKey()) + " " + e.getValue() + " of " + NeedsCheckIn.MAX_RATING)
                    .sorted().collect(java.util.stream.Collectors.joining(" · ")));
            VBox one = new VBox(2, when, rated);
            if (!c.note().isBlank()) {
                Label said = new Label(c.note());
                said.setWrapText(true);
                said.setMinHeight(USE_PREF_SIZE);
                said.getStyleClass().add("checkin-note-kept");
                one.getChildren().add(said);
            }
            one.getStyleClass().add("recent-checkin");
            recentRows.getChildren().add(one);
        }
    }

    private void setupEventHandlers() {
        // The rating row comes above the checklist: the page scrolls with it, so the box stays under the pointer.
        boxes.forEach((id, box) -> box.setOnAction(e -> commonground.shell.StayInPlace.whileChanging(checkInColumn,
                box, () -> model.choose(id, box.isSelected()))));
        save.setOnAction(e -> model.saveCheckIn());
        add.setOnAction(e -> model.addSource());
    }
}
