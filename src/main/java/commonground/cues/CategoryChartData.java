package commonground.cues;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The weekly chart's numbers: the weeks in order, and per category the count in each week (0 when
 * none). Built from the repository's counts, so the chart shows exactly what the database holds.
 */
public record CategoryChartData(List<String> weeks, Map<CueCategory, Map<String, Integer>> counts) {

    public static CategoryChartData of(List<WeekCount> rows) {
        TreeSet<String> weeks = new TreeSet<>();
        rows.forEach(r -> weeks.add(r.week()));
        Map<CueCategory, Map<String, Integer>> counts = new EnumMap<>(CueCategory.class);
        for (CueCategory category : CueCategory.values()) {
            Map<String, Integer> perWeek = new LinkedHashMap<>();
            weeks.forEach(w -> perWeek.put(w, 0));
            counts.put(category, perWeek);
        }
        rows.forEach(r -> counts.get(r.category()).merge(r.week(), r.count(), Integer::sum));
        counts.replaceAll((c, m) -> Collections.unmodifiableMap(m));
        return new CategoryChartData(List.copyOf(new ArrayList<>(weeks)), Collections.unmodifiableMap(counts));
    }

    public boolean isEmpty() {
        return weeks.isEmpty();
    }
}
