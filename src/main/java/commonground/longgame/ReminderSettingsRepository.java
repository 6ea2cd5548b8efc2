package commonground.longgame;

import commonground.storage.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** The reminder settings, kept in the database so they travel with backups and exports. */
public final class ReminderSettingsRepository {

    private final Database db;

    public ReminderSettingsRepository(Database db) {
        this.db = db;
    }

    /** The settings; a value missing or unreadable gives its default. */
    public ReminderSettings read() {
        Map<String, String> values = db.read(c -> {
            Map<String, String> m = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, value FROM long_game_setting");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getString(2));
                }
            }
            return m;
        });
        ReminderSettings d = ReminderSettings.defaults();
        return new ReminderSettings("on".equals(values.get("desktop")),
                time(values.get("quiet_from"), d.quietFrom()), time(values.get("quiet_to"), d.quietTo()),
                day(values.get("last_reminded_on")));
    }

    /** Keeps the choices about the desktop notification and quiet hours. */
    public void save(boolean desktop, LocalTime quietFrom, LocalTime quietTo) {
        db.write(c -> {
            put(c, "desktop", desktop ? "on" : "off");
            put(c, "quiet_from", quietFrom.toString());
            put(c, "quiet_to", quietTo.toString());
            return null;
        });
    }

    /** Notes the day a reminder was given. */
    public void reminded(LocalDate on) {
        db.write(c -> {
            put(c, "last_reminded_on", on.toString());
            return null;
        });
    }

    private static void put(java.sql.Connection c, String name, String value) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO long_game_setting (name, value) VALUES (?, ?) "
                + "ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private static LocalTime time(String text, LocalTime fallback) {
        try {
            return text == null ? fallback : LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static LocalDate day(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
