package commonground.storage;

import commonground.storage.KeyWrapping.WrappedKey;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

/**
 * The optional passphrase lock. Setting it up makes a random 256-bit data key, wraps it twice
 * ({@link KeyWrapping}, stored in {@link LockKeys}) under keys derived from the passphrase and from
 * a recovery key, and seals every piece of free text the user wrote ({@link Resealing}). Unlocking
 * unwraps the data key into the database's {@link SealingSession}, which also builds the search
 * indexes in memory; locking forgets both.
 *
 * <p>All methods do database work and must run on the database thread, never the FX thread.
 */
public final class PrivacyLock {

    /** The auto-lock choices offered, in minutes; 0 means never. */
    public static final List<Integer> AUTO_LOCK_CHOICES = List.of(0, 1, 5, 15, 30, 60);
    public static final int DEFAULT_AUTO_LOCK_MINUTES = 15;
    /** Shorter passphrases are refused; the hint encourages much longer ones. */
    public static final int MIN_PASSPHRASE = 8;

    private static final System.Logger LOG = System.getLogger(PrivacyLock.class.getName());

    private final Database db;
    private final SealingSession session;
    private final SecureRandom random;
    private final KeyDerivation kdf;
    private final KeyWrapping wrapping;
    private final Resealing resealing;
    private final KeyChanges keyChanges;
    /** Compacting failed after the lock was turned on; tried again at each unlock until it works. */
    private volatile boolean compactionPending;

    public PrivacyLock(Database db) {
        this(db, KeyDerivation.DEFAULT);
    }

    /**
     * A lock whose new keys are wrapped at {@code cost} (keys wrapped before keep the cost stored
     * beside them). The app uses {@link PassphraseKeys.Cost#DEFAULT}; tests use a cheap one.
     */
    public PrivacyLock(Database db, PassphraseKeys.Cost cost) {
        this(db, new KeyDerivation(cost.memoryKib(), cost.iterations(), cost.parallelism()));
    }

    PrivacyLock(Database db, KeyDerivation kdf) {
        this.db = db;
        this.session = db.sealing();
        this.random = new SecureRandom();
        this.kdf = kdf;
        this.wrapping = new KeyWrapping(random, kdf);
        this.resealing = new Resealing(db);
        this.keyChanges = new KeyChanges(db, random, wrapping);
    }

    /** Whether the lock is set up (the text is sealed). */
    public boolean isEnabled() {
        return db.isLockEnabled();
    }

    /** Whether sealed text can be read right now. */
    public boolean isUnlocked() {
        return db.isOpenForReading();
    }

    /**
     * What setting up the lock gave: the recovery key (to show once), any backup left readable, and
     * why compacting the file failed (null when it did not): the lock is on all the same, but an
     * earlier readable page may be left inside the file until {@link #compact()} succeeds.
     */
    public record Enabled(String recoveryKey, List<Path> backupsLeftReadable, String compactionProblem) {
    }

    /**
     * Sets up the lock with {@code passphrase}: seals all free text, empties the on-disk search
     * indexes and compacts the file so no readable copy is left in it, then seals the backups made
     * before in the same way ({@link #sealBackups(Path)}).
     */
    public Enabled enable(char[] passphrase, int autoLockMinutes) {
        String[] compactionProblem = {null};
        String recovery = enableHere(passphrase, autoLockMinutes, compactionProblem);
        return new Enabled(recovery, sealBackups(Backups.folderFor(db.file())), compactionProblem[0]);
    }

    /**
     * Rewrites the file without free space and empties its log, so no page from before the lock
     * was turned on survives. Tried again after a failure when the lock was turned on.
     */
    public void compact() {
        resealing.compact();
        compactionPending = false;
    }

    private String enableHere(char[] passphrase, int autoLockMinutes, String[] compactionProblem) {
        requirePassphrase(passphrase);
        if (db.isLockEnabled()) {
            throw new IllegalStateException("The lock is already on.");
        }
        byte[] dataKey = new byte[32];
        random.nextBytes(dataKey);
        String recovery = RecoveryKey.generate(random);
        char[] recoveryChars = RecoveryKey.normalize(recovery);
        try {
            WrappedKey byPassphrase = wrapping.wrap(LockKeys.PASSPHRASE, passphrase, dataKey);
            WrappedKey byRecovery = wrapping.wrap(LockKeys.RECOVERY, recoveryChars, dataKey);
            FieldCipher fieldCipher = new FieldCipher(dataKey, random);
            session.useCipherForSealing(fieldCipher);
            session.setLockEnabled(true);
            try {
                db.write(c -> {
                    LockKeys.insert(c, byPassphrase, db.now());
                    LockKeys.insert(c, byRecovery, db.now());
                    AutoLockSetting.write(c, autoLockMinutes);
                    resealing.sealAll(c);
                    return null;
                });
            } catch (RuntimeException e) {
                session.setLockEnabled(false);
                session.useCipherForSealing(null);
                throw e;
            }
            install(fieldCipher);
            try {
                resealing.compact();
            } catch (RuntimeException e) {
                // The lock is on and its keys are written: the caller must show the key and say this.
                LOG.log(System.Logger.Level.WARNING, "Compacting after turning the lock on failed", e);
                compactionProblem[0] = e.getMessage();
                compactionPending = true;
            }
            return recovery;
        } finally {
            Arrays.fill(dataKey, (byte) 0);
            Arrays.fill(recoveryChars, '\0');
        }
    }

    /** Unlocks with the passphrase; false when it is not the right one (try again as often as needed). */
    public boolean unlock(char[] passphrase) {
        return unlockWith(LockKeys.PASSPHRASE, passphrase);
    }

    /** Unlocks with the recovery key; false when it is not the right one or not a recovery key at all. */
    public boolean unlockWithRecoveryKey(String typed) {
        char[] key = RecoveryKey.normalize(typed);
        if (key == null) {
            return false;
        }
        try {
            return unlockWith(LockKeys.RECOVERY, key);
        } finally {
            Arrays.fill(key, '\0');
        }
    }

    private boolean unlockWith(String kind, char[] secret) {
        if (!db.isLockEnabled()) {
            return true;
        }
        WrappedKey wrapped = db.read(c -> LockKeys.read(c, kind));
        if (wrapped == null) {
            throw new StorageException("The lock's key is missing from your data file, so it cannot be unlocked. "
                    + "A backup can bring it back.", null, 0);
        }
        byte[] dataKey = KeyWrapping.unwrap(wrapped, secret);
        if (dataKey == null) {
            return false;
        }
        try {
            FieldCipher fieldCipher = new FieldCipher(dataKey, random);
            upgrade(fieldCipher);
            install(fieldCipher);
            if (compactionPending) {
                try {
                    compact();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Compacting after turning the lock on failed again", e);
                }
            }
            return true;
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** Seals again, in the current format, what an earlier version sealed (see {@link Resealing#upgradeAll}). */
    private void upgrade(FieldCipher fieldCipher) {
        session.useCipherForSealing(fieldCipher);
        fieldCipher.acceptUnpadded(true);
        int rewritten;
        try {
            rewritten = db.write(resealing::upgradeAll);
        } finally {
            fieldCipher.acceptUnpadded(false);
            session.useCipherForSealing(null);
        }
        if (rewritten > 0) {
            resealing.compact();
        }
    }

    private void install(FieldCipher fieldCipher) {
        db.read(c -> {
            session.install(c, fieldCipher);
            return null;
        });
    }

    /** Forgets the data key and the in-memory indexes; sealed text cannot be read until unlocked. */
    public void lock() {
        db.read(c -> {
            session.remove(c);
            return null;
        });
    }

    /**
     * Whether {@code secret} is the current passphrase or the recovery key. Changes nothing; asked
     * before the lock is changed or turned off, so a computer left unlocked is not enough for that.
     */
    public boolean confirms(char[] secret) {
        if (!db.isLockEnabled()) {
            return true;
        }
        if (secret == null || secret.length == 0) {
            return false;
        }
        if (opens(LockKeys.PASSPHRASE, secret)) {
            return true;
        }
        char[] key = RecoveryKey.normalize(new String(secret));
        if (key == null) {
            return false;
        }
        try {
            return opens(LockKeys.RECOVERY, key);
        } finally {
            Arrays.fill(key, '\0');
        }
    }

    private boolean opens(String kind, char[] secret) {
        WrappedKey wrapped = db.read(c -> LockKeys.read(c, kind));
        byte[] dataKey = wrapped == null ? null : KeyWrapping.unwrap(wrapped, secret);
        if (dataKey == null) {
            return false;
        }
        Arrays.fill(dataKey, (byte) 0);
        return true;
    }

    /**
     * What changing a key did. {@code recoveryKey} is the new recovery key to show once (null when
     * it stayed the same); {@code backupsNotChanged} are backups that could not be opened to change
     * them, left as they were (named to the user, who may delete them); {@code damagedValuesLeft}
     * counts values that no longer opened before a new data key, left as they were.
     */
    public record KeyChange(String recoveryKey, List<Path> backupsNotChanged, int damagedValuesLeft) {
    }

    /**
     * Wraps the data key under a new passphrase, once {@code current} (the passphrase or the
     * recovery key) is confirmed, in the data file and in every backup that holds the same data
     * key: the old passphrase opens none of them afterwards. Needs to be unlocked.
     *
     * @return null, with nothing changed, when {@code current} is neither
     */
    public KeyChange changePassphrase(char[] current, char[] newPassphrase) {
        requirePassphrase(newPassphrase);
        if (!confirms(current)) {
            return null;
        }
        return keyChanges.newPassphrase(newPassphrase);
    }

    /**
     * Makes a new recovery key (returned in the result, to be shown once) once {@code current} is
     * confirmed; the old recovery key opens neither the data file nor any backup of the same data
     * key afterwards. The passphrase and the sealed text stay as they are. Needs to be unlocked.
     *
     * @return null, with nothing changed, when {@code current} is neither the passphrase nor the recovery key
     */
    public KeyChange replaceRecoveryKey(char[] current) {
        if (!db.isOpenForReading()) {
            throw new LockedException();
        }
        if (!confirms(current)) {
            return null;
        }
        return keyChanges.newRecoveryKey();
    }

    /**
     * Seals everything again under a new data key, wrapped under {@code passphrase} (which must be
     * the current passphrase, not the recovery key) and a new recovery key (returned in the result,
     * to be shown once); the backups that hold the old data key are sealed again the same way. The
     * old recovery key, and any copy of the old data key, open nothing written afterwards, and
     * nothing in this folder. Needs to be unlocked.
     *
     * @return null, with nothing changed, when {@code passphrase} is not the current passphrase
     */
    public KeyChange rotateDataKey(char[] passphrase) {
        if (!db.isOpenForReading()) {
            throw new LockedException();
        }
        if (!db.isLockEnabled() || passphrase == null || passphrase.length == 0
                || !opens(LockKeys.PASSPHRASE, passphrase)) {
            return null;
        }
        return keyChanges.newDataKey(passphrase);
    }

    /**
     * Turns the lock off: opens every sealed text back into readable text, rebuilds the on-disk
     * search indexes and removes the wrapped keys, once {@code current} (the passphrase or the
     * recovery key) is confirmed. Needs to be unlocked.
     *
     * @return false, with nothing changed, when {@code current} is neither
     */
    public boolean disable(char[] current) {
        if (!db.isLockEnabled()) {
            return true;
        }
        if (!db.isOpenForReading()) {
            throw new LockedException();
        }
        if (!confirms(current)) {
            return false;
        }
        FieldCipher fieldCipher = session.currentCipher();
        db.read(c -> {
            session.dropIndexes(c);
            return null;
        });
        try {
            db.write(c -> {
                resealing.openAll(c);
                LockKeys.deleteAll(c);
                return null;
            });
            session.setLockEnabled(false);
        } finally {
            session.useCipherForSealing(null);
            if (db.isLockEnabled()) {
                install(fieldCipher);
            } else {
                fieldCipher.forget();
            }
        }
        try {
            resealing.compact();
        } catch (RuntimeException e) {
            // The lock is off either way; compacting only tidies the sealed leftovers away.
            LOG.log(System.Logger.Level.WARNING, "Compacting after turning the lock off failed", e);
        }
        return true;
    }

    public int autoLockMinutes() {
        return db.read(AutoLockSetting::read);
    }

    public void setAutoLockMinutes(int minutes) {
        db.write(c -> {
            AutoLockSetting.write(c, minutes);
            return null;
        });
    }

    /**
     * Seals the readable text in each backup in {@code folder} with the current data key and
     * wrapped keys, so no backup holds readable text. Returns the backups that could not be
     * changed (damaged, or made by a newer version); those are left exactly as they were.
     */
    public List<Path> sealBackups(Path folder) {
        return BackupSealing.seal(db, session, folder);
    }

    private static void requirePassphrase(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            throw new IllegalArgumentException("A passphrase needs at least " + MIN_PASSPHRASE + " characters.");
        }
    }
}
