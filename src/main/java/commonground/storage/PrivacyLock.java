package commonground.storage;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The optional passphrase lock. Setting it up makes a random 256-bit data key, wraps it twice
 * with AES-GCM (under keys derived with Argon2id from the passphrase and from a recovery key) and
 * seals every piece of free text the user wrote ({@link SealedColumn}). Unlocking unwraps the
 * data key and builds the notes' search index in memory; locking forgets both.
 *
 * <p>All methods do database work and must run on the database thread, never the FX thread.
 */
public final class PrivacyLock {

    /** The auto-lock choices offered, in minutes; 0 means never. */
    public static final List<Integer> AUTO_LOCK_CHOICES = List.of(0, 1, 5, 15, 30, 60);
    public static final int DEFAULT_AUTO_LOCK_MINUTES = 15;
    /** Shorter passphrases are refused; the hint encourages much longer ones. */
    public static final int MIN_PASSPHRASE = 8;

    private static final String PASSPHRASE = "PASSPHRASE";
    private static final String RECOVERY = "RECOVERY";

    private final Database db;
    private final SecureRandom random;
    private final KeyDerivation kdf;

    public PrivacyLock(Database db) {
        this(db, KeyDerivation.DEFAULT);
    }

    PrivacyLock(Database db, KeyDerivation kdf) {
        this.db = db;
        this.random = new SecureRandom();
        this.kdf = kdf;
    }

    /** Whether the lock is set up (the text is sealed). */
    public boolean isEnabled() {
        return db.isLockEnabled();
    }

    /** Whether sealed text can be read right now. */
    public boolean isUnlocked() {
        return db.isOpenForReading();
    }

    /** What setting up the lock gave: the recovery key (to show once) and any backup left readable. */
    public record Enabled(String recoveryKey, List<Path> backupsLeftReadable) {
    }

    /**
     * Sets up the lock with {@code passphrase}: seals all free text, empties the on-disk search
     * index and compacts the file so no readable copy is left in it, then seals the backups made
     * before in the same way ({@link #sealBackups(Path)}).
     */
    public Enabled enable(char[] passphrase, int autoLockMinutes) {
        String recovery = enableHere(passphrase, autoLockMinutes);
        return new Enabled(recovery, sealBackups(Backups.folderFor(db.file())));
    }

    private String enableHere(char[] passphrase, int autoLockMinutes) {
        requirePassphrase(passphrase);
        if (db.isLockEnabled()) {
            throw new IllegalStateException("The lock is already on.");
        }
        byte[] dataKey = new byte[32];
        random.nextBytes(dataKey);
        String recovery = RecoveryKey.generate(random);
        char[] recoveryChars = RecoveryKey.normalize(recovery);
        try {
            WrappedKey byPassphrase = wrap(PASSPHRASE, passphrase, dataKey);
            WrappedKey byRecovery = wrap(RECOVERY, recoveryChars, dataKey);
            FieldCipher fieldCipher = new FieldCipher(dataKey, random);
            db.useCipherForSealing(fieldCipher);
            db.setLockEnabled(true);
            try {
                db.write(c -> {
                    insertKey(c, byPassphrase);
                    insertKey(c, byRecovery);
                    setAutoLock(c, autoLockMinutes);
                    sealAll(c);
                    return null;
                });
            } catch (RuntimeException e) {
                db.setLockEnabled(false);
                db.useCipherForSealing(null);
                throw e;
            }
            compact();
            db.read(c -> {
                db.installCipher(c, fieldCipher);
                return null;
            });
            return recovery;
        } finally {
            Arrays.fill(dataKey, (byte) 0);
            Arrays.fill(recoveryChars, '\0');
        }
    }

    /** Unlocks with the passphrase; false when it is not the right one (try again as often as needed). */
    public boolean unlock(char[] passphrase) {
        return unlockWith(PASSPHRASE, passphrase);
    }

    /** Unlocks with the recovery key; false when it is not the right one or not a recovery key at all. */
    public boolean unlockWithRecoveryKey(String typed) {
        char[] key = RecoveryKey.normalize(typed);
        if (key == null) {
            return false;
        }
        try {
            return unlockWith(RECOVERY, key);
        } finally {
            Arrays.fill(key, '\0');
        }
    }

    private boolean unlockWith(String kind, char[] secret) {
        if (!db.isLockEnabled()) {
            return true;
        }
        WrappedKey wrapped = db.read(c -> readKey(c, kind));
        if (wrapped == null) {
            throw new StorageException("The lock's key is missing from your data file, so it cannot be unlocked. "
                    + "A backup can bring it back.", null, 0);
        }
        byte[] dataKey = unwrap(wrapped, secret);
        if (dataKey == null) {
            return false;
        }
        try {
            FieldCipher fieldCipher = new FieldCipher(dataKey, random);
            db.read(c -> {
                db.installCipher(c, fieldCipher);
                return null;
            });
            return true;
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** Forgets the data key and the in-memory index; sealed text cannot be read until unlocked. */
    public void lock() {
        db.read(c -> {
            db.removeCipher(c);
            return null;
        });
    }

    /** Wraps the data key under a new passphrase; the old one no longer unlocks. Needs to be unlocked. */
    public void changePassphrase(char[] newPassphrase) {
        requirePassphrase(newPassphrase);
        byte[] dataKey = db.dataKeyForRewrap();
        try {
            WrappedKey byPassphrase = wrap(PASSPHRASE, newPassphrase, dataKey);
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM lock_key WHERE kind = ?")) {
                    ps.setString(1, PASSPHRASE);
                    ps.executeUpdate();
                }
                insertKey(c, byPassphrase);
                return null;
            });
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * Turns the lock off: opens every sealed text back into readable text, rebuilds the on-disk
     * search index and removes the wrapped keys. Needs to be unlocked.
     */
    public void disable() {
        if (!db.isLockEnabled()) {
            return;
        }
        if (!db.isOpenForReading()) {
            throw new LockedException();
        }
        FieldCipher fieldCipher = db.currentCipher();
        db.read(c -> {
            db.removeCipher(c);
            return null;
        });
        db.useCipherForSealing(fieldCipher);
        try {
            db.write(c -> {
                openAll(c);
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO note_fts (note_fts) VALUES ('rebuild')");
                    s.execute("DELETE FROM lock_key");
                }
                return null;
            });
            db.setLockEnabled(false);
        } finally {
            db.useCipherForSealing(null);
            if (db.isLockEnabled()) {
                db.read(c -> {
                    db.installCipher(c, fieldCipher);
                    return null;
                });
            }
        }
        compact();
    }

    public int autoLockMinutes() {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT auto_lock_minutes FROM lock_setting WHERE id = 1")) {
                return rs.next() ? rs.getInt(1) : DEFAULT_AUTO_LOCK_MINUTES;
            }
        });
    }

    public void setAutoLockMinutes(int minutes) {
        db.write(c -> {
            setAutoLock(c, minutes);
            return null;
        });
    }

    /**
     * Seals the readable text in each backup in {@code folder} with the current data key and
     * wrapped keys, so no backup holds readable text. Returns the backups that could not be
     * changed (damaged, or made by a newer version); those are left exactly as they were.
     */
    public List<Path> sealBackups(Path folder) {
        List<Path> skipped = new ArrayList<>();
        if (!db.isLockEnabled() || !db.isOpenForReading()) {
            return skipped;
        }
        List<WrappedKey> keys = db.read(c -> List.of(readKey(c, PASSPHRASE), readKey(c, RECOVERY)));
        FieldCipher fieldCipher = db.currentCipher();
        for (Backups.Backup b : Backups.listIn(folder)) {
            try (Database backup = Database.open(b.file())) {
                if (backup.isLockEnabled()) {
                    continue; // Already sealed, perhaps under an earlier key: left as it is.
                }
                backup.useCipherForSealing(fieldCipher);
                backup.setLockEnabled(true);
                PrivacyLock backupLock = new PrivacyLock(backup, kdf);
                backup.write(c -> {
                    for (WrappedKey k : keys) {
                        insertKey(c, k);
                    }
                    backupLock.sealAll(c);
                    return null;
                });
                backupLock.compact();
            } catch (DatabaseOpenException | RuntimeException e) {
                skipped.add(b.file());
            }
        }
        return skipped;
    }

    /**
     * Seals every readable value of every sealed column and empties the on-disk search index, which
     * must hold nothing while the lock is on (used when setting up, for old backups, after an import).
     */
    void sealAll(Connection c) throws SQLException {
        rewriteAll(c, "text", (col, id, value) -> db.seal(col, id, (String) value));
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO note_fts (note_fts) VALUES ('delete-all')");
        }
    }

    private void openAll(Connection c) throws SQLException {
        rewriteAll(c, "blob", (col, id, value) -> db.open(col, id, value));
    }

    /** How one stored value becomes another (sealed, or opened). */
    private interface Rewrite {
        Object apply(SealedColumn column, long rowId, Object stored);
    }

    /** Rewrites the values of SQLite type {@code fromType} in every sealed column, row by row. */
    private static void rewriteAll(Connection c, String fromType, Rewrite rewrite) throws SQLException {
        for (SealedColumn col : SealedColumn.values()) {
            List<Object[]> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, \"" + col.column()
                    + "\" FROM \"" + col.table() + "\" WHERE typeof(\"" + col.column() + "\") = '" + fromType + "'")) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getObject(2)});
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE \"" + col.table() + "\" SET \"" + col.column()
                    + "\" = ? WHERE id = ?")) {
                for (Object[] row : rows) {
                    long id = (Long) row[0];
                    ps.setObject(1, rewrite.apply(col, id, row[1]));
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
            }
        }
    }

    /** Rewrites the file without free space and truncates the log, so no earlier page survives in either. */
    void compact() {
        db.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM main");
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
    }

    private static void requirePassphrase(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            throw new IllegalArgumentException("A passphrase needs at least " + MIN_PASSPHRASE + " characters.");
        }
    }

    private static void setAutoLock(Connection c, int minutes) throws SQLException {
        if (!AUTO_LOCK_CHOICES.contains(minutes)) {
            throw new IllegalArgumentException("Auto-lock can be after " + AUTO_LOCK_CHOICES + " minutes.");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO lock_setting (id, auto_lock_minutes) VALUES (1, ?) "
                + "ON CONFLICT (id) DO UPDATE SET auto_lock_minutes = excluded.auto_lock_minutes")) {
            ps.setInt(1, minutes);
            ps.executeUpdate();
        }
    }

    // ---- Key wrapping ----

    record WrappedKey(String kind, KeyDerivation kdf, byte[] salt, byte[] wrapped) {
    }

    private WrappedKey wrap(String kind, char[] secret, byte[] dataKey) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] kek = kdf.derive(secret, salt);
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(keyAad(kind));
            byte[] ct = cipher.doFinal(dataKey);
            byte[] out = new byte[12 + ct.length];
            System.arraycopy(nonce, 0, out, 0, 12);
            System.arraycopy(ct, 0, out, 12, ct.length);
            return new WrappedKey(kind, kdf, salt, out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** The data key, or null when {@code secret} is not the one it was wrapped with. */
    private static byte[] unwrap(WrappedKey key, char[] secret) {
        byte[] kek = key.kdf().derive(secret, key.salt());
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"),
                    new GCMParameterSpec(128, key.wrapped(), 0, 12));
            cipher.updateAAD(keyAad(key.kind()));
            return cipher.doFinal(key.wrapped(), 12, key.wrapped().length - 12);
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static byte[] keyAad(String kind) {
        return ("common-ground/data-key/1/" + kind).getBytes(StandardCharsets.US_ASCII);
    }

    private static void insertKey(Connection c, WrappedKey k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO lock_key (kind, kdf, memory_kib, iterations, "
                + "parallelism, salt, wrapped, created_at) VALUES (?, 'argon2id', ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, k.kind());
            ps.setInt(2, k.kdf().memoryKib());
            ps.setInt(3, k.kdf().iterations());
            ps.setInt(4, k.kdf().parallelism());
            ps.setBytes(5, k.salt());
            ps.setBytes(6, k.wrapped());
            ps.setString(7, Timestamps.now());
            ps.executeUpdate();
        }
    }

    private static WrappedKey readKey(Connection c, String kind) throws SQLException {
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
}
