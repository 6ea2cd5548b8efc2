package commonground.longgame;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Decides when to remind the user of something to come back to, while the app is open: once an
 * item's day has begun (in the user's time zone), outside quiet hours, never more than once a day,
 * once per item, and never for an item already revisited. The in-app notice and the desktop
 * notification use generic words only: never a name, never what the user wrote.
 */
public final class Reminders {

    /** The only words a desktop notification ever shows. */
    public static final String DESKTOP_TEXT = "Something to come back to in Common Ground";
    static final String NOTICE_TODAY = "Something to come back to today. You will find it on Home, under Coming up.";
    static final String NOTICE_EARLIER = "Something to come back to. You will find it on Home, under Worth a look.";

    private final ComeBackRepository comeBack;
    private final ReminderSettingsRepository settings;
    private final Notifier notifier;
    private final Clock clock;

    public Reminders(ComeBackRepository comeBack, ReminderSettingsRepository settings, Notifier notifier, Clock clock) {
        this.comeBack = comeBack;
        this.settings = settings;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Checks now (on the database thread): when a reminder is due, notes the day, shows the desktop
     * notification if chosen, and returns the in-app notice; otherwise returns nothing.
     */
    public Optional<String> check() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        ReminderSettings s = settings.read();
        if (today.equals(s.lastRemindedOn()) || s.isQuiet(now.toLocalTime())) {
            return Optional.empty();
        }
        List<ComeBack> fresh = comeBack.openUntil(today).stream().filter(i -> i.remindedOn() == null).toList();
        if (fresh.isEmpty()) {
            return Optional.empty();
        }
        settings.reminded(today);
        comeBack.markReminded(fresh.stream().map(ComeBack::id).toList(), today);
        if (s.desktop()) {
            notifier.show(DESKTOP_TEXT);
        }
        boolean anyToday = fresh.stream().anyMatch(i -> i.dueOn().equals(today));
        return Optional.of(anyToday ? NOTICE_TODAY : NOTICE_EARLIER);
    }
}
