package commonground.shell;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day to suggest for coming back to something, read from what the user wrote ("in two weeks",
 * "next week", "tomorrow", "in 3 days", "in a month", "this weekend": the Monday after); the fallback when it names no time. The
 * earliest time named wins, so "tomorrow, and again in a month" suggests tomorrow.
 */
public final class ComeBackSuggestion {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("a couple of", 2), Map.entry("a few", 3));
    private static final Pattern IN_SOME = Pattern.compile(
            "\\b(?:in|after|for)\\s+(\\d{1,2}|a couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
                    + "\\s+(day|week|fortnight|month)s?\\b");
    private static final Pattern NEXT = Pattern.compile("\\bnext\\s+(week|month)\\b");
    private static final Pattern TOMORROW = Pattern.compile("\\btomorrow\\b");
    private static final Pattern WEEKEND = Pattern.compile("\\b(?:this|the|at the)\\s+weekend\\b");

    private ComeBackSuggestion() {
    }

    /** The day to suggest, counted from {@code today}; {@code today + fallback} when the text names no time. */
    public static LocalDate suggest(String text, LocalDate today, Period fallback) {
        LocalDate best = null;
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        Matcher m = IN_SOME.matcher(t);
        while (m.find()) {
            String count = m.group(1);
            int n = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : NUMBERS.get(count);
            best = earliest(best, plus(today, n, m.group(2)));
        }
        m = NEXT.matcher(t);
        while (m.find()) {
            best = earliest(best, plus(today, 1, m.group(1)));
        }
        if (TOMORROW.matcher(t).find()) {
            best = earliest(best, today.plusDays(1));
        }
        if (WEEKEND.matcher(t).find()) {
            // The Monday after the weekend, to look back on it.
            best = earliest(best, today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY)));
        }
        return best != null && best.isAfter(today) ? best : today.plus(fallback);
    }

    private static LocalDate plus(LocalDate today, int n, String unit) {
        return switch (unit) {
            case "day" -> today.plusDays(n);
            case "week" -> today.plusWeeks(n);
            case "fortnight" -> today.plusWeeks(2L * n);
            default -> today.plusMonths(n);
        };
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
