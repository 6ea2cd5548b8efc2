package commonground.longgame;

import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The month-by-month chart draws only what was counted, so a bar stands over its own month. */
class LookBackChartsTest {

    private static MonthFigures month(int m, int checkIns, int moments) {
        return new MonthFigures(YearMonth.of(2026, m), checkIns, 0, 0, moments, List.of(), null,
                Map.of("Notes", 0));
    }

    private static List<String> names(List<XYChart.Series<String, Number>> series) {
        return series.stream().map(XYChart.Series::getName).toList();
    }

    @Test
    void oneCheckInInNovemberIsTheOnlyBarAndStandsOverNovember() {
        List<XYChart.Series<String, Number>> series = LookBackCharts.counts(List.of(month(11, 1, 0), month(12, 0, 0)));
        assertEquals(List.of("Check-ins"), names(series));
        assertEquals("Nov 2026", series.get(0).getData().get(0).getXValue());
        assertEquals(1, series.get(0).getData().get(0).getYValue().intValue());
    }

    @Test
    void everySeriesWithSomethingCountedIsKeptInItsOrder() {
        assertEquals(List.of("Check-ins", "Good moments"),
                names(LookBackCharts.counts(List.of(month(11, 1, 0), month(12, 0, 2)))));
        assertEquals(List.of("Check-ins"), names(LookBackCharts.counts(List.of(month(12, 0, 0)))));
    }
}
