package commonground.longgame;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * How reminders behave: a desktop notification as well as the in-app notice (off unless chosen),
 * quiet hours in which none is given (from {@code quietFrom} until {@code quietTo}, across midnight
 * when from is later than to; none when equal), and the last day one was given (null before the first).
 */
public record ReminderSettings(boolean desktop, LocalTime quietFrom, LocalTime quietTo, LocalDate lastRemindedOn) {

    public static final LocalTime DEFAULT_QUIET_FROM = LocalTime.of(21, 0);
    public static final LocalTime DEFAULT_QUIET_TO = LocalTime.of(9, 0);

    public static ReminderSettings defaults() {
        return new ReminderSettings(false, DEFAULT_QUIET_FROM, DEFAULT_QUIET_TO, null);
    }

    /** Whether {@code time} (the user's local time) falls in the quiet hours. */
    public boolean isQuiet(LocalTime time) {
        if (quietFrom.equals(quietTo)) {
            return false;
        }
        if (quietFrom.isBefore(quietTo)) {
            return !time.isBefore(quietFrom) && time.isBefore(quietTo);
        }
        return !time.isBefore(quietFrom) || time.isBefore(quietTo);
    }
}
