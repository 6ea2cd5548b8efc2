package commonground.longgame;

import javafx.scene.chart.XYChart;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The look-back's chart data from its months: counts per month, and the user's needs (0 to 4). */
public final class LookBackCharts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private LookBackCharts() {
    }

    /** The month's label on the charts' category axis ("Nov 2026"). */
    public static String label(MonthFigures m) {
        return MONTH.format(m.month());
    }

    /**
     * Check-ins, check-ins with signs of comfort, good moments and each further series, by month;
     * a series that is nothing but zeros is left out. (The chart gives every series a place beside
     * the month's label, so one check-in among six empty series stood far to the left of "Nov 2026"
     * and read as October.) Check-ins stay when nothing at all was counted.
     */
    public static List<XYChart.Series<String, Number>> counts(List<MonthFigures> months) {
        Map<String, XYChart.Series<String, Number>> series = new LinkedHashMap<>();
        series.put("Check-ins", named("Check-ins"));
        series.put("With signs of comfort", named("With signs of comfort"));
        series.put("Good moments", named("Good moments"));
        for (MonthFigures m : months) {
            String label = label(m);
            series.get("Check-ins").getData().add(new XYChart.Data<>(label, m.checkIns()));
            series.get("With signs of comfort").getData().add(new XYChart.Data<>(label, m.checkInsWithComfort()));
            series.get("Good moments").getData().add(new XYChart.Data<>(label, m.goodMoments()));
            for (Map.Entry<String, Integer> e : m.more().entrySet()) {
                series.computeIfAbsent(e.getKey(), LookBackCharts::named).getData()
                        .add(new XYChart.Data<>(label, e.getValue()));
            }
        }
        List<XYChart.Series<String, Number>> shown = new ArrayList<>();
        for (XYChart.Series<String, Number> s : series.values()) {
            if (s.getData().stream().anyMatch(d -> d.getYValue().doubleValue() != 0)) {
                shown.add(s);
            }
        }
        return shown.isEmpty() ? List.of(series.get("Check-ins")) : shown;
    }

    /** The average of the user's needs ratings, in the months that had a needs check-in. */
    public static XYChart.Series<String, Number> needs(List<MonthFigures> months) {
        XYChart.Series<String, Number> s = named("Your own needs (0 to 4)");
        for (MonthFigures m : months) {
            if (m.needsAverage() != null) {
                s.getData().add(new XYChart.Data<>(label(m), m.needsAverage()));
            }
        }
        return s;
    }

    private static XYChart.Series<String, Number> named(String name) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }
}
