package commonground.longgame;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The look-back's two charts: counts per month (check-ins, with signs of comfort, good moments and
 * further series) and the user's own needs (0 to 4). Styled by the theme, so both themes read well.
 */
public final class LookBackChartsView extends VBox {

    private final BarChart<String, Number> counts = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final LineChart<String, Number> needs = new LineChart<>(new CategoryAxis(), new NumberAxis(0, 4, 1));

    public LookBackChartsView() {
        super(12);
        counts.setId("look-back-counts");
        counts.setTitle("Month by month");
        counts.setAnimated(false);
        counts.setPrefHeight(280);
        ((NumberAxis) counts.getYAxis()).setMinorTickVisible(false);
        ((NumberAxis) counts.getYAxis()).setTickUnit(1);
        ((NumberAxis) counts.getYAxis()).setMinorTickCount(0);
        // Moments are counted whole: only whole numbers are labelled (never 0.25 of a moment).
        ((NumberAxis) counts.getYAxis()).setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        needs.setId("look-back-needs");
        needs.setTitle("Your own needs, on average (0 to 4)");
        needs.setAnimated(false);
        needs.setPrefHeight(220);
        needs.setLegendVisible(false);
        getChildren().addAll(counts, needs);
    }

    /** Shows these months; a chart with nothing to show is hidden. */
    public void show(List<MonthFigures> months) {
        counts.getData().setAll(LookBackCharts.counts(months));
        needs.getData().setAll(List.of(LookBackCharts.needs(months)));
        boolean any = !months.isEmpty();
        counts.setVisible(any);
        counts.setManaged(any);
        boolean anyNeeds = months.stream().anyMatch(m -> m.needsAverage() != null);
        needs.setVisible(anyNeeds);
        needs.setManaged(anyNeeds);
    }
}
