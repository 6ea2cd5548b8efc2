package commonground.longgame;

import java.time.LocalDate;

/** One line of a person's timeline beside the good moments: a good moment or a check-in. */
public record TimelineEntry(LocalDate on, boolean goodMoment, String text, String detail) {
}
