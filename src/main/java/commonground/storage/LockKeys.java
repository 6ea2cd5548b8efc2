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
                return new WrappedKey(kind, new KeyDerivation(rs.getInt(1), rs.getInt(2), rs.getInt(3)),
                        rs.getBytes(4), rs.getBytes(5));
            }
        }
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
