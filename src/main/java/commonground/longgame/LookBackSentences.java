package commonground.longgame;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A few plain sentences about a person's months ("Three good moments in November, all tagged
 * walking."): good moments in the latest month that had any, check-ins and signs of comfort since
 * the start of the month three months back, and the user's own needs. Never a judgment, never a score for the user.
 */
public final class LookBackSentences {

    private static final String[] WORDS = {"No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
            "Nine", "Ten", "Eleven", "Twelve"};

    private LookBackSentences() {
    }

    public static List<String> of(List<MonthFigures> months, String personName, YearMonth current) {
        List<String> out = new ArrayList<>();
        if (months.isEmpty()) {
            out.add("Nothing kept with " + personName + " yet. Check-ins and good moments will show here, month by month.");
            return out;
        }
        goodMoments(months, current).ifPresent(out::add);
        checkIns(months, current).ifPresent(out::add);
        needs(months, current).ifPresent(out::add);
        return out;
    }

    private static java.util.Optional<String> goodMoments(List<MonthFigures> months, YearMonth current) {
        for (int i = months.size() - 1; i >= 0; i--) {
            MonthFigures m = months.get(i);
            if (m.goodMoments() == 0) {
                continue;
            }
            StringBuilder s = new StringBuilder(count(m.goodMoments(), "good moment", "good moments"))
                    .append(" in ").append(monthName(m.month(), current));
            Map<String, Integer> tags = new LinkedHashMap<>();
            m.momentActivities().stream().filter(a -> !a.isBlank())
                    .forEach(a -> tags.merge(a.toLowerCase(Locale.ROOT), 1, Integer::sum));
            tags.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(top -> {
                if (m.goodMoments() > 1 && top.getValue() == m.goodMoments()) {
                    s.append(", all tagged ").append(top.getKey());
                } else if (m.goodMoments() > 1 && top.getValue() > 1) {
                    s.append(", ").append(lower(count(top.getValue(), "", ""))).append("of them tagged ")
                            .append(top.getKey());
                } else if (m.goodMoments() == 1) {
                    s.append(", tagged ").append(top.getKey());
                }
            });
            return java.util.Optional.of(s.append('.').toString());
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<String> checkIns(List<MonthFigures> months, YearMonth current) {
        int checkIns = 0;
        int withComfort = 0;
        int before = 0;
        int beforeComfort = 0;
        for (MonthFigures m : months) {
            long ago = m.month().until(current, java.time.temporal.ChronoUnit.MONTHS);
            if (ago >= 0 && ago <= 3) {
                checkIns += m.checkIns();
                withComfort += m.checkInsWithComfort();
            } else if (ago > 3 && ago <= 6) {
                before += m.checkIns();
                beforeComfort += m.checkInsWithComfort();
            }
        }
        if (checkIns == 0) {
            return before == 0 ? java.util.Optional.empty()
                    : java.util.Optional.of("No check-ins since the start of " + monthName(current.minusMonths(3), current)
                    + ". Coming back to it is always possible.");
        }
        String s = count(checkIns, "check-in", "check-ins") + " since the start of "
                + monthName(current.minusMonths(3), current);
        if (withComfort > 0) {
            s += ", with signs of comfort in " + lower(WORDS.length > withComfort ? WORDS[withComfort] : "" + withComfort)
                    + (withComfort == checkIns && checkIns > 1 ? " (all of them)" : "");
        }
        if (before > 0 && withComfort > beforeComfort) {
            s += "; that is more than in the three months before that (" + beforeComfort + ")";
        }
        return java.util.Optional.of(s + ".");
    }

    private static java.util.Optional<String> needs(List<MonthFigures> months, YearMonth current) {
        for (int i = months.size() - 1; i >= 0; i--) {
            MonthFigures m = months.get(i);
            if (m.needsAverage() != null) {
                return java.util.Optional.of("In " + monthName(m.month(), current) + ", your own needs (across your whole life, not only with this person) felt met about "
                        + String.format(Locale.ENGLISH, "%.1f", m.needsAverage()) + " out of 4, on average. "
                        + "Your needs matter too.");
            }
        }
        return java.util.Optional.empty();
    }

    /** "Three good moments", "One good moment", "14 good moments". */
    static String count(int n, String one, String many) {
        String number = n < WORDS.length ? WORDS[n] : String.valueOf(n);
        String noun = n == 1 ? one : many;
        return noun.isEmpty() ? number + " " : number + " " + noun;
    }

    private static String lower(String s) {
        return s.isEmpty() || Character.isDigit(s.charAt(0)) ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    /** "November" in the current year, "November 2025" otherwise. */
    static String monthName(YearMonth month, YearMonth current) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return month.getYear() == current.getYear() ? name : name + " " + month.getYear();
    }
}
