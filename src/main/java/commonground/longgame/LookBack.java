package commonground.longgame;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns what was read for a person into months: from the first month with anything in it to the
 * current month, in the user's time zone. Plain arithmetic, no JavaFX, so a benchmark and tests
 * can run it on their own.
 */
public final class LookBack {

    private LookBack() {
    }

    /**
     * The months from the first one with a check-in, a good moment or a further event up to
     * {@code today}'s month; needs ratings count only within those months. Empty when there is nothing.
     */
    public static List<MonthFigures> months(LookBackData data, Map<String, List<LocalDate>> more, ZoneId zone,
                                            LocalDate today) {
        TreeMap<YearMonth, Acc> acc = new TreeMap<>();
        for (LookBackData.CheckInMark c : data.checkIns()) {
            Acc a = acc.computeIfAbsent(YearMonth.from(c.at().atZone(zone)), m -> new Acc());
            a.checkIns++;
            a.comfortSigns += c.comfortSigns();
            if (c.comfortSigns() > 0) {
                a.withComfort++;
            }
        }
        for (GoodMoment m : data.moments()) {
            Acc a = acc.computeIfAbsent(YearMonth.from(m.happenedOn()), k -> new Acc());
            a.moments++;
            a.activities.add(m.activity().strip());
        }
        for (Map.Entry<String, List<LocalDate>> e : more.entrySet()) {
            for (LocalDate d : e.getValue()) {
                acc.computeIfAbsent(YearMonth.from(d), k -> new Acc()).more.merge(e.getKey(), 1, Integer::sum);
            }
        }
        if (acc.isEmpty()) {
            return List.of();
        }
        YearMonth first = acc.firstKey();
        YearMonth last = YearMonth.from(today);
        if (acc.lastKey().isAfter(last)) {
            last = acc.lastKey();
        }
        for (LookBackData.NeedsMark n : data.needs()) {
            YearMonth m = YearMonth.from(n.at().atZone(zone));
            if (!m.isBefore(first) && !m.isAfter(last)) {
                Acc a = acc.computeIfAbsent(m, k -> new Acc());
                a.needsSum += n.average();
                a.needsCount++;
            }
        }
        List<MonthFigures> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            Acc a = acc.getOrDefault(m, new Acc());
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String name : more.keySet()) {
                counts.put(name, a.more.getOrDefault(name, 0));
            }
            months.add(new MonthFigures(m, a.checkIns, a.withComfort, a.comfortSigns, a.moments, a.activities,
                    a.needsCount == 0 ? null : a.needsSum / a.needsCount, counts));
        }
        return months;
    }

    private static final class Acc {
        int checkIns;
        int withComfort;
        int comfortSigns;
        int moments;
        final List<String> activities = new ArrayList<>();
        double needsSum;
        int needsCount;
        final Map<String, Integer> more = new LinkedHashMap<>();
    }
}
