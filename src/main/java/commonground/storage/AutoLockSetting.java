package commonground.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The one row of {@code lock_setting}: minutes of idle time before the app locks itself. */
final class AutoLockSetting {

    private AutoLockSetting() {
    }

    static int read(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT auto_lock_minutes FROM lock_setting WHERE id = 1");
             java.sql.ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : PrivacyLock.DEFAULT_AUTO_LOCK_MINUTES;
        }
    }

    static void write(Connection c, int minutes) throws SQLException {
        if (!PrivacyLock.AUTO_LOCK_CHOICES.contains(minutes)) {
            throw new IllegalArgumentException("Auto-lock can be after " + PrivacyLock.AUTO_LOCK_CHOICES + " minutes.");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO lock_setting (id, auto_lock_minutes) "
                + "VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET auto_lock_minutes = excluded.auto_lock_minutes")) {
            ps.setInt(1, minutes);
            ps.executeUpdate();
        }
    }
}
