package commonground.longgame;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the look-back reads for one person: their check-ins (when, the activity tag, how many signs
 * of comfort were ticked), their good moments, the user's own needs ratings (the average of one
 * needs check-in, 0 to 4) and the days they came back to something.
 */
public record LookBackData(long personId, String personName, List<CheckInMark> checkIns, List<GoodMoment> moments,
                           List<NeedsMark> needs, List<LocalDate> revisits) {

    /** One check-in: when, its activity tag (may be null) and the signs of comfort ticked in it. */
    public record CheckInMark(Instant at, String activity, int comfortSigns) {
    }

    /** One needs check-in of the user's: when, and the average of its ratings (0 to 4). */
    public record NeedsMark(Instant at, double average) {
    }

    public LookBackData {
        checkIns = List.copyOf(checkIns);
        moments = List.copyOf(moments);
        needs = List.copyOf(needs);
        revisits = List.copyOf(revisits);
    }
}
