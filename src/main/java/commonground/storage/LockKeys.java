package commonground.storage;

import commonground.storage.KeyWrapping.WrappedKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The {@code lock_key} table: the data key wrapped once per kind of secret (the passphrase and the
 * recovery key), with the Argon2id settings each was derived with. Never exported.
 */
final class LockKeys {

    static final String PASSPHRASE = "PASSPHRASE";
    static final String RECOVERY = "RECOVERY";

    /**
     * The most work a file may ask of Argon2id: 1 GiB of memory, 10 passes, 16 lanes. A file is
     * not trusted to set these (a crafted one could hang every unlock or exhaust memory), so
     * settings beyond them are refused before deriving anything.
     */
    static final int MAX_MEMORY_KIB = 1024 * 1024;
    static final int MAX_ITERATIONS = 10;
    static final int MAX_PARALLELISM = 16;

    private LockKeys() {
    }

    static void insert(Connection c, WrappedKey k, String createdAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO lock_key (kind, kdf, memory_kib, iterations, "
                + "parallelism, salt, wrapped, created_at) VALUES (?, 'argon2id', ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, k.kind());
            ps.setInt(2, k.kdf().memoryKib());
            ps.setInt(3, k.kdf().iterations());
            ps.setInt(4, k.kdf().parallelism());
            ps.setBytes(5, k.salt());
            ps.setBytes(6, k.wrapped());
            ps.setString(7, createdAt);
            ps.executeUpdate();
        }
    }

    /** The key wrapped under {@code kind}, or null when there is none. */
    static WrappedKey read(Connection c, String kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT memory_kib, iterations, parallelism, salt, wrapped "
                + "FROM lock_key WHERE kind = ?")) {
            ps.setString(1, kind);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                KeyDerivation kdf = withinCaps(rs.getLong(1), rs.getLong(2), rs.getLong(3));
                return new WrappedKey(kind, kdf, rs.getBytes(4), rs.getBytes(5));
            }
        }
    }

    /** The settings read from a file, or a clear refusal when they are out of bounds. */
    static KeyDerivation withinCaps(long memoryKib, long iterations, long parallelism) {
        boolean sane = parallelism >= 1 && parallelism <= MAX_PARALLELISM
                && iterations >= 1 && iterations <= MAX_ITERATIONS
                && memoryKib >= 8 * parallelism && memoryKib <= MAX_MEMORY_KIB;
        if (!sane) {
            throw new StorageException("The lock's settings in this data file ask for more work than the app ever "
                    + "uses (memory " + memoryKib + " KiB, " + iterations + " passes, " + parallelism + " lanes; at most "
                    + MAX_MEMORY_KIB + " KiB, " + MAX_ITERATIONS + " passes, " + MAX_PARALLELISM + " lanes), so it "
                    + "was not opened with them. The file may have been changed outside the app; a backup can bring "
                    + "it back.", null, 0);
        }
        return new KeyDerivation((int) memoryKib, (int) iterations, (int) parallelism);
    }

    static void delete(Connection c, String kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM lock_key WHERE kind = ?")) {
            ps.setString(1, kind);
            ps.executeUpdate();
        }
    }

    static void deleteAll(Connection c) throws SQLException {
        Sql.execute(c, "DELETE FROM lock_key");
    }
}
