package commonground.longgame;

import java.time.LocalDate;
import java.util.List;

/**
 * A further row of the look-back, counted month by month for a person: the hook for the
 * self-disclosure ladder ("Steps taken", with how they landed), which a later branch adds by
 * passing one to {@link LongGameFeature}. {@link #days} runs on the database thread.
 */
public interface LookBackSeries {

    /** The name shown in the chart's legend and the Markdown ("Steps taken"). */
    String name();

    /** The days of each event for the person, any order. */
    List<LocalDate> days(long personId);
}
