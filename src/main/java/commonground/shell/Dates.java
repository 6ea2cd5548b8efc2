package commonground.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way the app writes a day, taken from the user's locale (its medium style: "1 Dec 2026"
 * in Britain, "Dec 1, 2026" in the US), the same as the check-in's day field shows; with the time
 * in the locale's short style too (18:30 in Britain, 6:30 PM in the US), everywhere a time is shown. Weeks are named by their Monday ("Week of 23 Nov 2026"), never "2026-W48".
 */
public final class Dates {

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");

    private Dates() {
    }

    private static DateTimeFormatter dayFormat() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault(Locale.Category.FORMAT));
    }

    /**
     * The day typed in a day field, or empty when it cannot be read: the locale's medium, short and
     * long forms and ISO (2026-12-01). A day that does not exist (31 February) is not read; a
     * two-digit year is this century. Never throws.
     */
    public static java.util.Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        java.util.List<DateTimeFormatter> forms = new java.util.ArrayList<>();
        for (FormatStyle style : java.util.List.of(FormatStyle.MEDIUM, FormatStyle.SHORT, FormatStyle.LONG)) {
            String pattern = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null,
                    java.time.chrono.IsoChronology.INSTANCE, locale).replace('y', 'u');
            forms.add(new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient()
                    .appendPattern(pattern).toFormatter(locale)
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT));
        }
        forms.add(DateTimeFormatter.ISO_LOCAL_DATE);
        for (DateTimeFormatter f : forms) {
            try {
                LocalDate day = LocalDate.parse(text.strip(), f);
                if (day.getYear() >= 0 && day.getYear() < 100) {
                    LocalDate c = day.withYear(2000 + day.getYear());
                    return c.getDayOfMonth() == day.getDayOfMonth() ? java.util.Optional.of(c) : java.util.Optional.empty();
                }
                return day.getYear() < 1900 ? java.util.Optional.empty() : java.util.Optional.of(day);
            } catch (java.time.format.DateTimeParseException | ArithmeticException e) {
                // try the next form
            }
        }
        return java.util.Optional.empty();
    }

    private static final Pattern ALL_NUMBERS = Pattern.compile("\\s*(\\d{1,2})\\D+(\\d{1,2})\\D+\\d{2,4}\\s*");

    /**
     * The other day {@code typed} could have meant, when it is written in numbers only and its day
     * and month could be read either way ("1/12/2026": 12 January here, 1 December elsewhere): the
     * day {@code read} with its day and month swapped. Empty when the text can only mean one day.
     */
    public static java.util.Optional<LocalDate> otherReading(String typed, LocalDate read) {
        Matcher m = typed == null || read == null ? null : ALL_NUMBERS.matcher(typed);
        if (m == null || !m.matches()) {
            return java.util.Optional.empty();
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (a == b || a > 12 || b > 12 || a < 1 || b < 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(LocalDate.of(read.getYear(), read.getDayOfMonth(), read.getMonthValue()));
    }

    /** "1 December 2026" (Britain) or "December 1, 2026" (US): a day with its month in words. */
    public static String longDay(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.getDefault(Locale.Category.FORMAT)).format(day);
    }

    /** "1 Dec 2026"; "" for none. */
    public static String day(LocalDate day) {
        return day == null ? "" : dayFormat().format(day);
    }

    /** The day of {@code when} on this computer's clock. */
    public static String day(Instant when) {
        return day(when, ZoneId.systemDefault());
    }

    public static String day(Instant when, ZoneId zone) {
        return when == null ? "" : day(when.atZone(zone).toLocalDate());
    }

    private static DateTimeFormatter timeFormat() {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.getDefault(Locale.Category.FORMAT));
    }

    /** "18:30" (Britain) or "6:30 PM" (US): a time of day as the locale writes it; "" for none. */
    public static String time(java.time.temporal.TemporalAccessor when) {
        return when == null ? "" : timeFormat().format(when);
    }

    /** {@link #time} of {@code when} on this computer's clock. */
    public static String time(Instant when) {
        return when == null ? "" : time(when.atZone(ZoneId.systemDefault()));
    }

    /** "1 Dec 2026, 18:30" on this computer's clock. */
    public static String dayAndTime(Instant when) {
        return when == null ? "" : day(when) + ", " + time(when.atZone(ZoneId.systemDefault()));
    }

    /** "1 Dec 2026, 18:30" for a local day and time. */
    public static String dayAndTime(java.time.LocalDateTime when) {
        return when == null ? "" : day(when.toLocalDate()) + ", " + time(when);
    }

    /** An ISO week ("2026-W48") as people name it: "Week of 23 Nov 2026" (its Monday); other text as it is. */
    public static String week(String isoWeek) {
        String monday = weekStart(isoWeek);
        return monday.equals(isoWeek) ? isoWeek : "Week of " + monday;
    }

    /** The Monday of an ISO week ("2026-W48"): "23 Nov 2026"; other text as it is. */
    public static String weekStart(String isoWeek) {
        Matcher m = isoWeek == null ? null : ISO_WEEK.matcher(isoWeek.strip());
        if (m == null || !m.matches()) {
            return isoWeek;
        }
        try {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            return day(monday);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return isoWeek;
        }
    }
}
