package commonground.longgame;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One month of the look-back for a person: check-ins, how many of them had signs of comfort and
 * how many signs there were, good moments (with their activity tags), the average of the user's
 * own needs ratings (0 to 4; null in a month without a needs check-in), and the further series
 * ({@link LookBackSeries}) by name.
 */
public record MonthFigures(YearMonth month, int checkIns, int checkInsWithComfort, int comfortSigns, int goodMoments,
                           List<String> momentActivities, Double needsAverage, Map<String, Integer> more) {

    public MonthFigures {
        momentActivities = List.copyOf(momentActivities);
        more = Map.copyOf(more);
    }

    /** Whether anything at all happened in the month. */
    public boolean isEmpty() {
        return checkIns == 0 && goodMoments == 0 && needsAverage == null
                && more.values().stream().allMatch(n -> n == 0);
    }
}
