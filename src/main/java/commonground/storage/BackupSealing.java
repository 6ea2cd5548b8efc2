package commonground.storage;

import commonground.storage.KeyWrapping.WrappedKey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Seals the readable text of each backup in a folder when the lock is turned on ({@link PrivacyLock#sealBackups}). */
final class BackupSealing {

    private static final System.Logger LOG = System.getLogger(BackupSealing.class.getName());

    private BackupSealing() {
    }

    /**
     * Seals the readable text in each backup in {@code folder} with the current data key and
     * wrapped keys, so no backup holds readable text. Returns the backups that could not be
     * changed (damaged, or made by a newer version); those are left exactly as they were.
     */
    static List<Path> seal(Database db, SealingSession session, Path folder) {
        List<Path> skipped = new ArrayList<>();
        if (!db.isLockEnabled() || !db.isOpenForReading()) {
            return skipped;
        }
        List<WrappedKey> keys = db.read(c -> List.of(LockKeys.read(c, LockKeys.PASSPHRASE),
                LockKeys.read(c, LockKeys.RECOVERY)));
        FieldCipher fieldCipher = session.currentCipher();
        for (Backups.Backup b : Backups.listIn(folder)) {
            try (Database backup = Database.open(b.file(), db.clock())) {
                if (backup.isLockEnabled()) {
                    continue; // Already sealed, perhaps under an earlier key: left as it is.
                }
                session.indexes().forEach(backup::registerSearchIndex);
                backup.sealing().useCipherForSealing(fieldCipher);
                backup.sealing().setLockEnabled(true);
                Resealing backupResealing = new Resealing(backup);
                backup.write(c -> {
                    for (WrappedKey k : keys) {
                        LockKeys.insert(c, k, backup.now());
                    }
                    backupResealing.sealAll(c);
                    return null;
                });
                backupResealing.compact();
            } catch (DatabaseOpenException | RuntimeException e) {
                // Reported to the caller, who names the backup to the user; the file is left as it was.
                LOG.log(System.Logger.Level.WARNING, "Backup " + b.file().getFileName() + " was left unsealed: "
                        + e.getClass().getSimpleName());
                skipped.add(b.file());
            }
        }
        return skipped;
    }
}
