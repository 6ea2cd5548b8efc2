package commonground.storage;

import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How the app's connection to its database is opened: write-ahead log, full sync, foreign keys,
 * a busy timeout, temporary data in memory only, no trusted schema, and deleted content overwritten.
 */
final class ConnectionSettings {

    private ConnectionSettings() {
    }

    static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA trusted_schema = OFF");
            s.execute("PRAGMA secure_delete = ON");
            // Settings given through the config are applied again here so they hold for certain.
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("PRAGMA temp_store = MEMORY");
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }
}
