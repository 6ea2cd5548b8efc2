package commonground.cues;

import javafx.collections.ListChangeListener;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Map;

/** The Over time tab: a person's check-ins, cue categories week by week, activities, comfort map. */
final class OverTimeView extends ScrollPane {

    private final OverTimeViewModel model;
    private final ListView<CheckIn> timeline = new ListView<>();
    private final Button edit = new Button("_Edit", new FontIcon(Feather.EDIT_2));
    private final Button delete = new Button("_Delete…", new FontIcon(Feather.TRASH_2));
    private final CategoryAxis weekAxis = new CategoryAxis();
    private final NumberAxis countAxis = new NumberAxis();
    private final StackedBarChart<String, Number> chart = new StackedBarChart<>(weekAxis, countAxis);
    private final Label chartEmpty = new Label("The chart fills in as you add check-ins over the weeks.");
    private final ListView<ActivityComfort> activities = new ListView<>();
    private final ComfortMapView comfortMap;
    private final Label message = new Label();

    OverTimeView(OverTimeViewModel model, CuesViewModel shared) {
        this.model = model;
        this.comfortMap = new ComfortMapView(model);
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        getStyleClass().add("page-scroll");
        setFitToWidth(true);
        timeline.setId("timeline");
        timeline.setCellFactory(v -> new CheckInCell());
        timeline.setPlaceholder(muted("No check-ins yet for this person."));
        timeline.setPrefHeight(300);
        edit.setId("edit-check-in");
        delete.setId("delete-check-in");
        chart.setId("category-chart");
        chart.setAnimated(false);
        chart.setTitle("Cues noticed, week by week");
        chart.setPrefHeight(380);
        chart.setMinHeight(340);
        weekAxis.setLabel("Week starting");
        // What the axis counts, in plain words, marked in whole numbers from nought (see CountScale).
        countAxis.setId("cue-count-axis");
        countAxis.setLabel(CountScale.LABEL);
        countAxis.setAutoRanging(false);
        countAxis.setLowerBound(0);
        countAxis.setMinorTickVisible(false);
        countAxis.setMinorTickCount(0);
        countAxis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return String.valueOf(Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        showScale(CountScale.forBusiestWeek(0));

        chartEmpty.getStyleClass().add("muted");
        chartEmpty.setWrapText(true);
        chartEmpty.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        activities.setId("activity-comfort");
        activities.setCellFactory(v -> new ActivityCell());
        activities.setPlaceholder(muted("Give check-ins an activity tag to see which ones come with ease."));
        activities.setPrefHeight(220);
        message.setId("over-time-message");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        return l;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("section-title");
        return l;
    }

    private void layoutParts() {
        HBox actions = new HBox(8, edit, delete);
        actions.getStyleClass().add("toolbar-row");
        VBox timelineCard = new VBox(8, title("Check-ins, newest first"), timeline, actions, message);
        timelineCard.getStyleClass().add("form-card");
        timelineCard.setPrefWidth(380);
        timelineCard.setMinWidth(300);
        VBox chartCard = new VBox(8, chart, chartEmpty);
        chartCard.getStyleClass().add("form-card");
        HBox.setHgrow(chartCard, Priority.ALWAYS);
        HBox top = new HBox(16, timelineCard, chartCard);

        VBox activityCard = new VBox(8, title("Shared activities and signs of comfort"), activities);
        activityCard.getStyleClass().add("form-card");
        activityCard.setPrefWidth(380);
        activityCard.setMinWidth(300);
        VBox mapCard = new VBox(8, title("Comfort map"), muted("What you have learned about them. "
                + "Topics they decline are boundaries to respect."), comfortMap);
        mapCard.getStyleClass().add("form-card");
        HBox.setHgrow(mapCard, Priority.ALWAYS);
        HBox bottom = new HBox(16, activityCard, mapCard);

        VBox body = new VBox(16, top, bottom);
        body.getStyleClass().add("long-game-body");
        setContent(body);
    }

    private void setupBindings() {
        timeline.setItems(model.timeline());
        activities.setItems(model.activities());
        message.textProperty().bind(model.messageProperty());
        edit.disableProperty().bind(model.selectedProperty().isNull());
        delete.disableProperty().bind(model.selectedProperty().isNull());
        model.chartProperty().addListener((obs, old, now) -> showChart(now));
        showChart(model.chartProperty().get());
    }

    private void showChart(CategoryChartData data) {
        chart.getData().clear();
        // Weeks are named by their Monday, in the app's one date style ("23 Nov 2026", not "2026-W48").
        weekAxis.getCategories().setAll(data.weeks().stream().map(commonground.shell.Dates::weekStart).toList());
        for (Map.Entry<CueCategory, Map<String, Integer>> e : data.counts().entrySet()) {
            if (e.getValue().values().stream().allMatch(n -> n == 0)) {
                continue;
            }
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(e.getKey().shortLabel());
            e.getValue().forEach((week, count) -> series.getData().add(
                    new XYChart.Data<>(commonground.shell.Dates.weekStart(week), count)));
            chart.getData().add(series);
        }
        showScale(CountScale.of(data));
        chartEmpty.setVisible(data.isEmpty());
        chartEmpty.setManaged(data.isEmpty());
    }

    private void showScale(CountScale scale) {
        countAxis.setUpperBound(scale.upperBound());
        countAxis.setTickUnit(scale.tickUnit());
    }

    private void setupEventHandlers() {
        timeline.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.selectedProperty().set(now));
        model.timeline().addListener((ListChangeListener<CheckIn>) c -> model.selectedProperty().set(
                timeline.getSelectionModel().getSelectedItem()));
        // A check-in chosen by the model (one opened from the long game) is selected and shown in the list.
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                timeline.getSelectionModel().clearSelection();
            } else if (timeline.getSelectionModel().getSelectedItem() != now) {
                timeline.getSelectionModel().select(now);
                timeline.scrollTo(now);
            }
        });
        edit.setOnAction(e -> model.editSelected());
        delete.setOnAction(e -> model.deleteSelected());
    }

    private static final class CheckInCell extends commonground.shell.WrappingListCell<CheckIn> {
        @Override
        protected void updateItem(CheckIn item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            CheckInDraft d = item.draft();
            String what = d.activity() != null ? d.activity() : d.context();
            Label when = new Label(CheckInFormat.when(item.happenedAt()) + (what.isEmpty() ? "" : " \u00B7 " + what));
            when.getStyleClass().add("cell-title");
            when.setWrapText(true); // the list is narrow: the day and what you were doing are read whole
            Label cues = new Label(CheckInFormat.cues(item));
            cues.getStyleClass().add("cell-detail");
            cues.setWrapText(true);
            VBox box = new VBox(2, when, cues);
            if (!d.response().isBlank()) {
                Label response = new Label(d.response().lines().findFirst().orElse(""));
                response.getStyleClass().add("cell-detail");
                box.getChildren().add(response);
            }
            setPrefWidth(0);
            setText(null);
            setGraphic(box);
            setAccessibleText(when.getText() + ". " + cues.getText());
        }
    }

    private static final class ActivityCell extends ListCell<ActivityComfort> {
        @Override
        protected void updateItem(ActivityComfort item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            setPrefWidth(0);
            setWrapText(true);
            setText(item.activity() + ": signs of comfort in " + item.withComfort() + " of " + item.checkIns()
                    + (item.checkIns() == 1 ? " check-in" : " check-ins"));
        }
    }
}
