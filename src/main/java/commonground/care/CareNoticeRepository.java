package commonground.care;

import commonground.storage.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Whether the gentle notice is on, and what it was dismissed for (tables of migration 0008); and
 * the other choice Privacy keeps beside it: whether Home's "Recently" names notes by their titles.
 */
public final class CareNoticeRepository {

    private static final String DISTRESS_NOTICE = "distress_notice";
    private static final String NOTE_TITLES_ON_HOME = "note_titles_on_home";

    private final Database db;
    private final Clock clock;

    public CareNoticeRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    CareNoticeRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** True unless the user turned the notice off. */
    public boolean noticeOn() {
        return setting(DISTRESS_NOTICE, true);
    }

    public void setNoticeOn(boolean on) {
        setSetting(DISTRESS_NOTICE, on);
    }

    /** Whether Home's "Recently" may name a note by its title: false unless the user chose so. */
    public boolean noteTitlesOnHome() {
        return setting(NOTE_TITLES_ON_HOME, false);
    }

    public void setNoteTitlesOnHome(boolean on) {
        setSetting(NOTE_TITLES_ON_HOME, on);
    }

    private boolean setting(String name, boolean unset) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM care_setting WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? "on".equals(rs.getString(1)) : unset;
                }
            }
        });
    }

    private void setSetting(String name, boolean on) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO care_setting (name, value) VALUES (?, ?) "
                    + "ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, name);
                ps.setString(2, on ? "on" : "off");
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The items the notice was dismissed for. */
    public Set<String> dismissed() {
        return db.read(c -> {
            Set<String> items = new LinkedHashSet<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT item FROM care_dismissal ORDER BY id")) {
                while (rs.next()) {
                    items.add(rs.getString(1));
                }
            }
            return items;
        });
    }

    public void dismiss(String item) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO care_dismissal (item, dismissed_at) VALUES (?, ?)")) {
                ps.setString(1, item);
                ps.setString(2, clock.instant().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }
}
