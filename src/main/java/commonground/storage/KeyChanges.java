package commonground.storage;

import commonground.storage.KeyWrapping.WrappedKey;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Changes to the keys of a lock that is on, made in the data file and carried to every backup
 * that holds the same data key, so that nothing an old secret opens is left in the data folder:
 * a new passphrase (the data key wrapped again), a new recovery key (likewise), and a new data
 * key (every sealed value opened and sealed again, then both wrappings made afresh).
 *
 * <p>A backup belongs to the current data key when it holds one of the data file's wrapped keys
 * byte for byte: backups are copies of the data file, and every change here rewrites the
 * backups it reaches the same way. A backup made under an earlier data key (the lock turned off
 * and on again) is left as it is: what it holds was sealed then, and it opens nothing made since.
 *
 * <p>Runs on the database thread, while unlocked, after the caller confirmed the current secret.
 */
final class KeyChanges {

    private static final System.Logger LOG = System.getLogger(KeyChanges.class.getName());

    private final Database db;
    private final SealingSession session;
    private final SecureRandom random;
    private final KeyWrapping wrapping;

    KeyChanges(Database db, SecureRandom random, KeyWrapping wrapping) {
        this.db = db;
        this.session = db.sealing();
        this.random = random;
        this.wrapping = wrapping;
    }

    /** Wraps the data key under {@code newPassphrase}, here and in every backup of the same key. */
    PrivacyLock.KeyChange newPassphrase(char[] newPassphrase) {
        return rewrap(LockKeys.PASSPHRASE, newPassphrase, null);
    }

    /** Wraps the data key under a new recovery key, here and in every backup of the same key. */
    PrivacyLock.KeyChange newRecoveryKey() {
        String recovery = RecoveryKey.generate(random);
        char[] chars = RecoveryKey.normalize(recovery);
        try {
            return rewrap(LockKeys.RECOVERY, chars, recovery);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private PrivacyLock.KeyChange rewrap(String kind, char[] secret, String recoveryKey) {
        List<WrappedKey> before = liveKeys();
        byte[] dataKey = session.dataKeyForRewrap();
        WrappedKey fresh;
        try {
            fresh = wrapping.wrap(kind, secret, dataKey);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
        db.write(c -> {
            replace(c, fresh, db.now());
            return null;
        });
        checkpoint(db);
        List<Path> skipped = forEachBackupOf(before, backup -> {
            backup.write(c -> {
                replace(c, fresh, backup.now());
                return null;
            });
            checkpoint(backup);
        });
        return new PrivacyLock.KeyChange(recoveryKey, skipped, 0);
    }

    /**
     * Seals everything again under a new random data key, wrapped under {@code passphrase} and a
     * new recovery key (returned, to be shown once), here and in every backup of the old key.
     * A value that no longer opens (damaged before) is left as it was and counted.
     */
    PrivacyLock.KeyChange newDataKey(char[] passphrase) {
        List<WrappedKey> before = liveKeys();
        FieldCipher old = session.currentCipher();
        if (old == null) {
            throw new LockedException();
        }
        byte[] dataKey = new byte[32];
        random.nextBytes(dataKey);
        String recovery = RecoveryKey.generate(random);
        char[] recoveryChars = RecoveryKey.normalize(recovery);
        try {
            List<WrappedKey> wrapped = List.of(wrapping.wrap(LockKeys.PASSPHRASE, passphrase, dataKey),
                    wrapping.wrap(LockKeys.RECOVERY, recoveryChars, dataKey));
            FieldCipher fresh = new FieldCipher(dataKey, random);
            int damaged;
            try {
                damaged = rekey(db, old, fresh, wrapped);
            } catch (RuntimeException e) {
                db.read(c -> {
                    session.install(c, old);
                    return null;
                });
                throw e;
            }
            db.read(c -> {
                session.install(c, fresh);
                return null;
            });
            try {
                List<Path> skipped = forEachBackupOf(before, backup -> {
                    rekey(backup, old, fresh, wrapped);
                    backup.sealing().useCipherForSealing(null);
                });
                return new PrivacyLock.KeyChange(recovery, skipped, damaged);
            } finally {
                old.forget();
            }
        } finally {
            Arrays.fill(dataKey, (byte) 0);
            Arrays.fill(recoveryChars, '\0');
        }
    }

    /** Re-seals every value of {@code target} from {@code old} to {@code fresh} and puts in the new keys. */
    private static int rekey(Database target, FieldCipher old, FieldCipher fresh, List<WrappedKey> wrapped) {
        SealingSession targetSession = target.sealing();
        Resealing resealing = new Resealing(target);
        int damaged;
        // The in-memory indexes are built again from the new key afterwards.
        target.read(c -> {
            targetSession.dropIndexes(c);
            return null;
        });
        try {
            damaged = target.write(c -> {
                int left = resealing.rekeyAll(c, old, fresh);
                LockKeys.deleteAll(c);
                for (WrappedKey k : wrapped) {
                    LockKeys.insert(c, k, target.now());
                }
                return left;
            });
        } catch (RuntimeException e) {
            targetSession.useCipherForSealing(old);
            throw e;
        }
        try {
            resealing.compact();
        } catch (RuntimeException e) {
            // The new key is in place either way; the log is emptied at the latest when the file closes.
            LOG.log(System.Logger.Level.WARNING, "Compacting after a new data key failed", e);
        }
        return damaged;
    }

    private static void replace(Connection c, WrappedKey fresh, String now) throws SQLException {
        LockKeys.delete(c, fresh.kind());
        LockKeys.insert(c, fresh, now);
    }

    private List<WrappedKey> liveKeys() {
        return db.read(c -> {
            List<WrappedKey> keys = new ArrayList<>();
            for (String kind : List.of(LockKeys.PASSPHRASE, LockKeys.RECOVERY)) {
                WrappedKey k = LockKeys.read(c, kind);
                if (k != null) {
                    keys.add(k);
                }
            }
            return keys;
        });
    }

    /** Changes one backup; throws when it cannot. */
    private interface BackupChange {
        void apply(Database backup);
    }

    /**
     * Applies {@code change} to every backup that holds one of {@code keys}; returns the backups that
     * could not be opened or changed, each left as it was.
     */
    private List<Path> forEachBackupOf(List<WrappedKey> keys, BackupChange change) {
        List<Path> skipped = new ArrayList<>();
        for (Backups.Backup b : Backups.listIn(Backups.folderFor(db.file()))) {
            try (Database backup = Database.open(b.file(), db.clock())) {
                if (!backup.isLockEnabled() || !holdsAnyOf(backup, keys)) {
                    continue;
                }
                session.indexes().forEach(backup::registerSearchIndex);
                change.apply(backup);
            } catch (DatabaseOpenException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Backup " + b.file().getFileName()
                        + " was not changed with the lock's keys: " + e.getClass().getSimpleName());
                skipped.add(b.file());
            }
        }
        return skipped;
    }

    private static boolean holdsAnyOf(Database backup, List<WrappedKey> keys) {
        return backup.read(c -> {
            for (String kind : List.of(LockKeys.PASSPHRASE, LockKeys.RECOVERY)) {
                WrappedKey theirs = LockKeys.read(c, kind);
                if (theirs == null) {
                    continue;
                }
                for (WrappedKey ours : keys) {
                    if (Arrays.equals(theirs.salt(), ours.salt()) && Arrays.equals(theirs.wrapped(), ours.wrapped())) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /** Moves the log into the file and empties it, so the replaced wrapping is left in neither. */
    private static void checkpoint(Database target) {
        target.read(c -> {
            Sql.execute(c, "PRAGMA wal_checkpoint(TRUNCATE)");
            return null;
        });
    }
}
