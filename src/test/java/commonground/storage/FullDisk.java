package commonground.storage;

import java.sql.ResultSet;
import java.sql.Statement;

/**
 * For fault tests: makes a database behave as on a full disk (any write that needs another page
 * fails with SQLITE_FULL) by capping its page count where it is, until lifted again.
 */
public final class FullDisk {

    private FullDisk() {
    }

    /** Caps the file at its current size ({@code true}) or lifts the cap ({@code false}). On the database thread. */
    public static void simulate(Database db, boolean full) {
        db.read(c -> {
            try (Statement s = c.createStatement()) {
                if (full) {
                    long pages;
                    try (ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                        pages = rs.next() ? rs.getLong(1) : 0;
                    }
                    s.execute("PRAGMA max_page_count = " + pages);
                } else {
                    s.execute("PRAGMA max_page_count = 4294967294");
                }
            }
            return null;
        });
    }
}
