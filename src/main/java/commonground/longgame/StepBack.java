package commonground.longgame;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * When the look-back offers, once, a reflection on stepping back: after about three months of
 * check-ins and practice with a person (the first at least {@link #DAYS} days ago, and check-ins
 * in at least three different months). The words never suggest the user failed.
 */
public final class StepBack {

    /** About three months. */
    public static final int DAYS = 90;

    public static final String TITLE = "When to step back";
    public static final String TEXT = "You have been coming back to this for about three months. That takes "
            + "patience and care. Some people open up slowly, and some only so far, and that is not something you "
            + "did wrong. If you would like, take a quiet moment with two questions: what can this relationship "
            + "give you, and what may it not? It is all right to grieve the part that may not come, and to let "
            + "other people, places and things you enjoy meet some of your needs too.";
    public static final String LINK = "Where this need can be met";

    private StepBack() {
    }

    /** Whether a person's record is long enough for the offer (it is made only once, see {@link OfferRepository}). */
    public static boolean isTime(LookBackData data, ZoneId zone, LocalDate today) {
        if (data.checkIns().isEmpty()) {
            return false;
        }
        LocalDate first = LocalDate.ofInstant(data.checkIns().get(0).at(), zone);
        for (GoodMoment m : data.moments()) {
            if (m.happenedOn().isBefore(first)) {
                first = m.happenedOn();
            }
        }
        if (first.plusDays(DAYS).isAfter(today)) {
            return false;
        }
        Set<java.time.YearMonth> months = new HashSet<>();
        data.checkIns().forEach(c -> months.add(java.time.YearMonth.from(c.at().atZone(zone))));
        return months.size() >= 3;
    }
}
