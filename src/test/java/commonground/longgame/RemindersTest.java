package commonground.longgame;

import commonground.cues.CheckIn;
import commonground.people.Person;
import commonground.shell.ComeBackDates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reminders that respect the user: once a day at most, once per item, outside quiet hours, none for
 * an item already revisited, a desktop notification only when chosen, and generic words only.
 */
class RemindersTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path dir;
    private LongGameFixture f;
    private ReminderSettingsRepository settings;
    private final List<String> desktop = new ArrayList<>();
    private Reminders reminders;
    private Person dad;

    @BeforeEach
    void open() throws Exception {
        // Tuesday 1 December 2026, 10:00 in London.
        f = new LongGameFixture(dir, "2026-12-01T10:00:00Z", LONDON);
        settings = new ReminderSettingsRepository(f.db);
        reminders = new Reminders(f.comeBack, settings, desktop::add, f.clock);
        dad = f.person("Dad");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private CheckIn dueOn(LocalDate day, String words) {
        CheckIn c = f.checkIn(dad, "2026-11-20T18:00:00Z", null, 0);
        f.comeBack.set(ComeBackDates.CHECK_IN, c.uuid(), dad.id(), day);
        return c;
    }

    @Test
    void aReminderComesOnceOnTheDayAndNotAgainThatDayNorForTheSameItem() {
        dueOn(LocalDate.of(2026, 12, 1), "walk");
        assertEquals(Optional.of(Reminders.NOTICE_TODAY), reminders.check());
        assertEquals(Optional.empty(), reminders.check(), "not twice in a day");
        dueOn(LocalDate.of(2026, 12, 1), "another, set later that day");
        assertEquals(Optional.empty(), reminders.check(), "never more than one a day");

        f.clock.set(Instant.parse("2026-12-02T10:00:00Z"));
        assertEquals(Optional.of(Reminders.NOTICE_EARLIER), reminders.check(), "the one not yet named, next day");
        f.clock.set(Instant.parse("2026-12-03T10:00:00Z"));
        assertEquals(Optional.empty(), reminders.check(), "each item is named once");
    }

    @Test
    void nothingBeforeTheDayAndNothingForAnItemAlreadyRevisited() {
        dueOn(LocalDate.of(2026, 12, 2), "tomorrow");
        assertEquals(Optional.empty(), reminders.check(), "not before its day");
        long id = f.comeBack.openUntil(LocalDate.of(2026, 12, 31)).get(0).id();
        f.comeBack.revisit(id, "Came back early");
        f.clock.set(Instant.parse("2026-12-02T10:00:00Z"));
        assertEquals(Optional.empty(), reminders.check());
    }

    @Test
    void quietHoursAreRespectedInTheUsersOwnTimeAcrossTheClocksChanging() {
        settings.save(false, LocalTime.of(22, 0), LocalTime.of(8, 0));
        f.clock.set(Instant.parse("2026-03-28T22:30:00Z")); // Saturday 22:30 GMT: quiet
        dueOn(LocalDate.of(2026, 3, 28), "the day before the clocks change");
        assertEquals(Optional.empty(), reminders.check());
        f.clock.set(Instant.parse("2026-03-29T06:30:00Z")); // Sunday 07:30 BST: still quiet (06:30 in UTC)
        assertEquals(Optional.empty(), reminders.check());
        f.clock.set(Instant.parse("2026-03-29T07:05:00Z")); // Sunday 08:05 BST: the quiet hours are over
        assertEquals(Optional.of(Reminders.NOTICE_EARLIER), reminders.check());
    }

    @Test
    void theDesktopNotificationIsOffByDefaultAndWhenChosenSaysGenericWordsOnly() {
        assertFalse(settings.read().desktop(), "off by default");
        dueOn(LocalDate.of(2026, 12, 1), "first");
        reminders.check();
        assertEquals(List.of(), desktop);

        settings.save(true, LocalTime.of(21, 0), LocalTime.of(9, 0));
        f.clock.set(Instant.parse("2026-12-02T10:00:00Z"));
        dueOn(LocalDate.of(2026, 12, 2), "second");
        Optional<String> notice = reminders.check();
        assertEquals(List.of("Something to come back to in Common Ground"), desktop);
        for (String text : List.of(desktop.get(0), notice.orElseThrow())) {
            assertFalse(text.contains("Dad"), text);
            assertFalse(text.toLowerCase().contains("check-in"), text);
            assertFalse(text.contains("!"), text);
        }
    }

    @Test
    void quietHoursSpanMidnightOrNotAndEqualTimesMeanNone() {
        ReminderSettings night = new ReminderSettings(false, LocalTime.of(21, 0), LocalTime.of(9, 0), null);
        assertTrue(night.isQuiet(LocalTime.of(23, 0)));
        assertTrue(night.isQuiet(LocalTime.of(8, 59)));
        assertFalse(night.isQuiet(LocalTime.of(9, 0)));
        ReminderSettings afternoon = new ReminderSettings(false, LocalTime.of(13, 0), LocalTime.of(15, 0), null);
        assertTrue(afternoon.isQuiet(LocalTime.of(14, 0)));
        assertFalse(afternoon.isQuiet(LocalTime.of(16, 0)));
        assertFalse(new ReminderSettings(false, LocalTime.NOON, LocalTime.NOON, null).isQuiet(LocalTime.NOON));
    }

    @Test
    void settingsAreKeptAndAnUnreadableValueGivesItsDefault() {
        settings.save(true, LocalTime.of(20, 0), LocalTime.of(7, 0));
        ReminderSettings s = settings.read();
        assertTrue(s.desktop());
        assertEquals(LocalTime.of(20, 0), s.quietFrom());
        f.db.write(c -> c.createStatement().executeUpdate(
                "UPDATE long_game_setting SET value = 'soon' WHERE name = 'quiet_to'"));
        assertEquals(ReminderSettings.DEFAULT_QUIET_TO, settings.read().quietTo());
    }
}
