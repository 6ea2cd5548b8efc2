package commonground.cues;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Over time chart's count axis is marked in whole numbers, from nought to just above the busiest week. */
class CountScaleTest {

    @Test
    void smallCountsAreMarkedOneByOne() {
        assertEquals(new CountScale(1, 1), CountScale.forBusiestWeek(0), "an empty chart still reads 0 and 1");
        assertEquals(new CountScale(1, 1), CountScale.forBusiestWeek(1));
        assertEquals(new CountScale(3, 1), CountScale.forBusiestWeek(3));
        assertEquals(new CountScale(6, 1), CountScale.forBusiestWeek(6));
    }

    @Test
    void largerCountsAreMarkedInRoundStepsWithFewMarks() {
        assertEquals(new CountScale(8, 2), CountScale.forBusiestWeek(7));
        assertEquals(new CountScale(12, 2), CountScale.forBusiestWeek(12));
        assertEquals(new CountScale(15, 5), CountScale.forBusiestWeek(13));
        assertEquals(new CountScale(60, 10), CountScale.forBusiestWeek(57));
        assertEquals(new CountScale(250, 50), CountScale.forBusiestWeek(203));
        for (int busiest = 0; busiest < 2000; busiest++) {
            CountScale scale = CountScale.forBusiestWeek(busiest);
            assertTrue(scale.upperBound() >= busiest, "the busiest week fits: " + busiest);
            assertTrue(scale.upperBound() % scale.tickUnit() == 0, "the top is a mark: " + scale);
            assertTrue(scale.upperBound() / scale.tickUnit() <= 6, "few marks for " + busiest + ": " + scale);
            assertTrue(scale.upperBound() - busiest < scale.tickUnit() || busiest == 0,
                    "no empty step above the busiest week: " + busiest + ": " + scale);
        }
    }

    @Test
    void theBusiestWeekCountsEveryCategoryTogether() {
        CategoryChartData data = CategoryChartData.of(List.of(
                new WeekCount("2026-W47", CueCategory.values()[0], 2),
                new WeekCount("2026-W47", CueCategory.values()[1], 3),
                new WeekCount("2026-W48", CueCategory.values()[0], 4)));
        assertEquals(new CountScale(5, 1), CountScale.of(data), "the stacked bar of 2 + 3 fits under the top");
    }
}
