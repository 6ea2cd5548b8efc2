package commonground.cues;

import java.util.Map;

/**
 * The count axis of the Over time chart: from nought to a little above the busiest week, marked
 * in whole numbers only (1, 2, 5, 10, 20 … apart), so a newcomer reads "3 cues" and never "2.5".
 * The axis's own automatic range chose halves and quarters for small counts, whose labels were
 * then blank or fractional.
 */
record CountScale(int upperBound, int tickUnit) {

    /** The axis's words: what it counts, in plain language. */
    static final String LABEL = "Cues noticed";

    /** At most about this many marks on the axis, so large text never crowds them. */
    private static final int MAX_TICKS = 6;

    /** The scale for a week whose cues, all categories together, number {@code busiestWeek}. */
    static CountScale forBusiestWeek(int busiestWeek) {
        int top = Math.max(busiestWeek, 1);
        int unit = 1;
        int[] steps = {1, 2, 5};
        for (int magnitude = 1; ; magnitude *= 10) {
            boolean found = false;
            for (int step : steps) {
                unit = step * magnitude;
                if ((top + unit - 1) / unit <= MAX_TICKS) {
                    found = true;
                    break;
                }
            }
            if (found) {
                break;
            }
        }
        int upper = (top + unit - 1) / unit * unit;
        return new CountScale(upper, unit);
    }

    /** The scale for the chart's numbers: the busiest week counts every category's cues. */
    static CountScale of(CategoryChartData data) {
        int busiest = 0;
        for (String week : data.weeks()) {
            int total = 0;
            for (Map<String, Integer> perWeek : data.counts().values()) {
                total += perWeek.getOrDefault(week, 0);
            }
            busiest = Math.max(busiest, total);
        }
        return forBusiestWeek(busiest);
    }
}
