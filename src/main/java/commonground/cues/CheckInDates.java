package commonground.cues;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The check-in day as the user reads and types it: one format from their locale (MEDIUM, such as
 * "24 Nov 2026"), and when typing also the locale's short and long forms and ISO (2026-11-24).
 * Reading never throws; a day that does not exist (31 February) is not read.
 */
final class CheckInDates {

    private final DateTimeFormatter shown;
    private final List<DateTimeFormatter> readable = new ArrayList<>();

    CheckInDates() {
        this(Locale.getDefault(Locale.Category.FORMAT));
    }

    CheckInDates(Locale locale) {
        shown = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        for (FormatStyle style : List.of(FormatStyle.MEDIUM, FormatStyle.SHORT, FormatStyle.LONG)) {
            readable.add(strict(style, locale));
        }
        readable.add(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** The locale's pattern, with year-of-era as a plain year so that strict reading needs no era. */
    private static DateTimeFormatter strict(FormatStyle style, Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null,
                IsoChronology.INSTANCE, locale).replace('y', 'u');
        return new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient().appendPattern(pattern)
                .toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The day as shown in the field; "" for none. */
    String format(LocalDate day) {
        return day == null ? "" : shown.format(day);
    }

    /**
     * A two-digit year (24/11/26 where the locale writes four digits) is read as this century;
     * a year before 1900 is not a day anyone is noting now, so it is not read at all.
     */
    private static Optional<LocalDate> plausible(LocalDate day) {
        if (day.getYear() >= 0 && day.getYear() < 100) {
            try {
                return Optional.of(day.withYear(2000 + day.getYear()))
                        .filter(d -> d.getDayOfMonth() == day.getDayOfMonth());
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        return day.getYear() < 1900 ? Optional.empty() : Optional.of(day);
    }

    /** The day the text names, or empty when it cannot be read. */
    Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        for (DateTimeFormatter f : readable) {
            try {
                return plausible(LocalDate.parse(typed, f));
            } catch (DateTimeParseException | ArithmeticException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
