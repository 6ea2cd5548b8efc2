package commonground.storage.sync;

import commonground.storage.Database;
import commonground.storage.PassphraseKeys;
import commonground.storage.Timestamps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Sync through a folder the user already syncs (docs/decisions/0017-sync-through-a-folder.md).
 * Features declare their {@link SyncedTable synced tables}; the app registers them here in an
 * order where each comes after the tables it refers to. Every method does file and database work
 * on the calling thread, which must be the database thread (never the JavaFX thread).
 */
public final class SyncEngine {

    private static final String KEY_KIND = "sync";

    /** Said when joining a folder where another computer has its passphrase lock on, and this one has not. */
    public static final String LOCK_FIRST = "Your other computer keeps your writing behind a passphrase. Turn the "
            + "lock on here first, so it is as safe on this computer. Nothing was brought in yet.";

    /** Said at each sync while another computer has its lock on and this one has not. */
    public static final String LOCK_HERE_TOO = "Another of your computers keeps your writing behind a passphrase, "
            + "so nothing more is brought in here until the lock is on here too (in Privacy). Nothing is lost: it "
            + "comes in once the lock is on.";

    private final Database db;
    private final Clock clock;
    private final PassphraseKeys.Cost cost;
    private final SecureRandom random;
    private final SyncState state;
    private final List<SyncedTable> tables = new CopyOnWriteArrayList<>();
    private final List<Consumer<SyncReport>> afterSync = new CopyOnWriteArrayList<>();

    public SyncEngine(Database db) {
        this(db, Clock.systemUTC(), PassphraseKeys.Cost.DEFAULT, new SecureRandom());
    }

    /** As {@link #SyncEngine(Database)}, with the clock that stamps changes and the passphrase cost. */
    public SyncEngine(Database db, Clock clock, PassphraseKeys.Cost cost, SecureRandom random) {
        this.db = db;
        this.clock = clock;
        this.cost = cost;
        this.random = random;
        this.state = new SyncState(db);
        tables.add(SyncedTable.of(ChangeApplier.CONFLICT_TABLE));
    }

    /** Syncs {@code table}; register a table after those it refers to. */
    public void register(SyncedTable table) {
        if (tables.stream().anyMatch(t -> t.table().equals(table.table()))) {
            throw new IllegalArgumentException(table.table() + " is registered for sync twice");
        }
        tables.add(table);
    }

    /** The tables synced, with their children in each: the engine's own conflict copies and those registered. */
    public List<SyncedTable> tables() {
        return List.copyOf(tables);
    }

    public boolean isOn() {
        return db.read(c -> {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sync_setting")) {
                return rs.next() && rs.getInt(1) > 0;
            }
        });
    }

    /**
     * Puts the change triggers back once the database is open, before anything else writes: a
     * migration that rebuilt a table dropped its triggers (the lock's row stamps did, for most
     * tables), and a table synced since this version has none yet. Every record of such a table is
     * marked as changed; those that are not really changed are passed over at the next sync by
     * their digest. Does nothing while sync is off; needs no passphrase (it reads no text).
     */
    public void resume() {
        db.write(c -> {
            if (state.isOn(c)) {
                triggersAgain(c);
            }
            return null;
        });
    }

    private void triggersAgain(java.sql.Connection c) throws java.sql.SQLException {
        for (String table : ChangeTriggers.ensure(c, tables)) {
            state.markAll(c, table);
        }
    }

    /** Starts syncing this profile into {@code chosen}, which must not hold a sync yet; publishes everything here. */
    public SyncReport start(Path chosen, char[] passphrase, String deviceName) {
        SyncFolder folder = prepare(chosen, passphrase);
        if (Files.exists(folder.keyFile())) {
            throw new SyncException("That folder already holds a Common Ground sync. To bring it in here, join it "
                    + "with its sync passphrase instead. Nothing was changed.");
        }
        byte[] key = new byte[32];
        random.nextBytes(key);
        try {
            SyncFolder.writeWhole(folder.keyFile(), PassphraseKeys.wrap(KEY_KIND, passphrase, key, cost, random), false);
        } catch (IOException e) {
            throw new SyncException("The sync folder could not be written to (" + e.getMessage() + "). Nothing was "
                    + "changed.", e);
        }
        return begin(chosen, key, deviceName);
    }

    /** Joins the sync in {@code chosen} with its passphrase: brings everything in, and shares what is here. */
    public SyncReport join(Path chosen, char[] passphrase, String deviceName) {
        SyncFolder folder = prepare(chosen, passphrase);
        byte[] key;
        try {
            if (!Files.isRegularFile(folder.keyFile())) {
                throw new SyncException("There is no Common Ground sync in that folder yet. Start one on the computer "
                        + "that has your journal, or choose the folder it syncs with. Nothing was changed.");
            }
            key = PassphraseKeys.unwrap(KEY_KIND, passphrase, Files.readAllBytes(folder.keyFile()));
        } catch (IOException e) {
            throw new SyncException("The sync folder could not be read (" + e.getMessage() + "). Nothing was changed.", e);
        } catch (IllegalArgumentException e) {
            throw new SyncException("The sync key in that folder cannot be used: " + e.getMessage()
                    + " Nothing was changed.", e);
        }
        if (key == null) {
            throw new SyncException("That sync passphrase does not open this folder. Please check it and try again. "
                    + "Nothing was changed.");
        }
        if (!db.isLockEnabled() && othersLocked(folder, key)) {
            throw SyncException.lockNeeded(LOCK_FIRST);
        }
        return begin(chosen, key, deviceName);
    }

    /** Whether a computer in {@code folder} says its lock is on (read before this one has an id there). */
    private boolean othersLocked(SyncFolder folder, byte[] key) {
        try {
            return new Compaction(db, state, folder, new SyncCipher(key, random), "").othersLocked();
        } catch (IOException e) {
            throw new SyncException("The sync folder could not be read (" + e.getMessage() + "). Nothing was changed.",
                    e);
        }
    }

    private SyncFolder prepare(Path chosen, char[] passphrase) {
        requireOpen();
        if (isOn()) {
            throw new SyncException("This computer already syncs with " + db.read(state::setting).folder()
                    + ". Stop syncing first to choose another folder.");
        }
        if (passphrase == null || passphrase.length == 0) {
            throw new SyncException("Please give a sync passphrase.");
        }
        if (!Files.isDirectory(chosen)) {
            throw new SyncException("That folder is not there: " + chosen + ". Nothing was changed.");
        }
        return new SyncFolder(chosen);
    }

    private SyncReport begin(Path chosen, byte[] key, String deviceName) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String device = HexFormat.of().formatHex(id);
        String name = deviceName == null || deviceName.isBlank() ? "Another computer"
                : deviceName.strip().substring(0, Math.min(100, deviceName.strip().length()));
        db.write(c -> {
            state.saveSetting(c, new SyncState.Setting(chosen.toAbsolutePath().toString(), device, name, key, 1, "",
                    null, null));
            ChangeTriggers.ensure(c, tables);
            for (SyncedTable t : tables) {
                state.markAll(c, t.table());
            }
            return null;
        });
        return syncNow();
    }

    /**
     * Runs {@code listener} on the database thread after each sync (whether it reached the folder
     * or not), so what shows when it last synced can be read again.
     */
    public void afterEachSync(Runnable listener) {
        afterSync.add(report -> listener.run());
    }

    /**
     * Runs {@code listener} on the database thread after each sync that brought another computer's
     * changes in (whoever asked for it: "Sync now", starting, joining, the timer or the folder watch),
     * so the pages already shown can read their data again.
     */
    public void afterChangesArrived(Runnable listener) {
        afterSync.add(report -> {
            if (report != null && report.filesApplied() > 0) {
                listener.run();
            }
        });
    }

    /**
     * The folder to watch for other computers' files while this computer syncs: the sync folder's
     * own directory, and this computer's id (whose sub-folder holds what it wrote itself, which
     * needs no watching). Empty when sync is off or the data is locked.
     */
    public Optional<WatchTarget> watchTarget() {
        SyncState.Setting setting = db.isOpenForReading() ? db.read(state::setting) : null;
        if (setting == null) {
            return Optional.empty();
        }
        return Optional.of(new WatchTarget(new SyncFolder(Path.of(setting.folder())).root(), setting.deviceId()));
    }

    /** The sync folder's own directory ({@code common-ground-sync}) and this computer's device id. */
    public record WatchTarget(Path root, String ownDeviceId) {
    }

    /** What is said while the sync folder cannot be reached. */
    public static String folderMissing(String folder) {
        return "The sync folder cannot be found (" + folder + "). If it is on a drive or a network share, connect "
                + "it. Everything is kept here and will be shared once it is back.";
    }

    /** Exchanges changes with the folder once. A folder that is not there is reported, not thrown. */
    public SyncReport syncNow() {
        SyncReport report = null;
        try {
            report = exchangeOnce();
            return report;
        } finally {
            tellListeners(report);
        }
    }

    private void tellListeners(SyncReport report) {
        for (Consumer<SyncReport> listener : afterSync) {
            try {
                listener.accept(report);
            } catch (RuntimeException e) {
                System.getLogger(SyncEngine.class.getName()).log(System.Logger.Level.WARNING,
                        "A listener after sync failed: " + e);
            }
        }
    }

    private SyncReport exchangeOnce() {
        requireOpen();
        SyncState.Setting setting = db.read(state::setting);
        if (setting == null) {
            throw new SyncException("This computer does not sync yet.");
        }
        SyncFolder folder = new SyncFolder(Path.of(setting.folder()));
        Instant now = clock.instant();
        if (!folder.reachable() || !Files.isRegularFile(folder.keyFile())) {
            String problem = folderMissing(setting.folder());
            db.write(c -> {
                state.outcome(c, null, problem);
                return null;
            });
            return new SyncReport(0, 0, false, List.of(problem));
        }
        SyncCipher cipher = new SyncCipher(setting.syncKey(), random);
        Hlc hlc = new Hlc(clock, setting.deviceId(), setting.clock());
        db.write(c -> {
            triggersAgain(c);
            return null;
        });
        Exchange exchange = new Exchange(db, state, List.copyOf(tables), folder, cipher, setting, hlc);
        Compaction compaction = new Compaction(db, state, folder, cipher, setting.deviceId());
        List<String> problems = new ArrayList<>();
        int published;
        int applied = 0;
        boolean lockNeeded;
        try {
            published = exchange.publish();
            // The lock travels: while another computer keeps its writing behind a passphrase and this
            // one has no lock, nothing is brought in (it waits in the folder until the lock is on here).
            lockNeeded = !db.isLockEnabled() && compaction.othersLocked();
            if (lockNeeded) {
                problems.add(LOCK_HERE_TOO);
            } else {
                Exchange.Pulled pulled = exchange.pull();
                applied = pulled.applied();
                problems.addAll(pulled.problems());
            }
            compaction.writeDeviceFile(exchange, setting.deviceName(), now, false);
            compaction.compact(exchange, now, false);
        } catch (IOException e) {
            String problem = "The sync folder could not be used (" + e.getMessage() + "). Everything is kept here "
                    + "and will be shared at a later sync.";
            db.write(c -> {
                state.outcome(c, null, problem);
                return null;
            });
            return new SyncReport(0, 0, false, List.of(problem));
        }
        String summary = problems.isEmpty() ? null : String.join("\n", problems);
        db.write(c -> {
            state.outcome(c, Timestamps.format(now), summary == null ? null
                    : summary.substring(0, Math.min(2000, summary.length())));
            return null;
        });
        return new SyncReport(published, applied, true, problems, lockNeeded);
    }

    /**
     * This computer stops syncing: it shares what changed here one last time (when the folder is
     * there), says in the folder that it left, and forgets the sync. Its data stays here as it is.
     */
    public void stop() {
        requireOpen();
        SyncState.Setting setting = db.read(state::setting);
        if (setting == null) {
            return;
        }
        SyncReport last = syncNow();
        if (last.reachedFolder()) {
            SyncFolder folder = new SyncFolder(Path.of(setting.folder()));
            SyncCipher cipher = new SyncCipher(setting.syncKey(), random);
            SyncState.Setting now = db.read(state::setting);
            Exchange exchange = new Exchange(db, state, List.copyOf(tables), folder, cipher, now,
                    new Hlc(clock, now.deviceId(), now.clock()));
            try {
                new Compaction(db, state, folder, cipher, now.deviceId()).writeDeviceFile(exchange, now.deviceName(),
                        clock.instant(), true);
            } catch (IOException e) {
                // The others then wait for this computer until the retention window passes; nothing is lost.
                System.getLogger(SyncEngine.class.getName()).log(System.Logger.Level.WARNING,
                        "Could not mark this computer as left in the sync folder: " + e);
            }
        }
        db.write(c -> {
            ChangeTriggers.remove(c, tables);
            state.forget(c);
            return null;
        });
        tellListeners(null); // What shows whether sync is on reads again.
    }

    /** Whether this computer's passphrase lock is on (what the others must match). */
    public boolean lockOnHere() {
        return db.isLockEnabled();
    }

    /** Whether sync is on, its folder, when it last synced, the other computers and the open conflicts. */
    public SyncStatus status() {
        SyncState.Setting setting = db.isOpenForReading() ? db.read(state::setting) : null;
        if (setting == null) {
            return SyncStatus.off();
        }
        List<SyncStatus.Device> devices = new ArrayList<>();
        SyncFolder folder = new SyncFolder(Path.of(setting.folder()));
        if (folder.reachable()) {
            try {
                Compaction compaction = new Compaction(db, state, folder, new SyncCipher(setting.syncKey(), random),
                        setting.deviceId());
                for (Compaction.DeviceInfo d : compaction.others()) {
                    devices.add(new SyncStatus.Device(d.name(), d.syncedAt(), d.left(), d.locked()));
                }
            } catch (IOException e) {
                // The list of computers is left empty; the status line says the folder is not there.
            }
        }
        return new SyncStatus(true, setting.folder(), setting.deviceName(), Timestamps.parse(setting.lastSyncedAt()),
                setting.lastProblem(), devices, conflicts().size(),
                folder.reachable() && Files.isRegularFile(folder.keyFile()), db.isLockEnabled());
    }

    /** The texts kept because they changed on two computers, newest first. */
    public List<ConflictCopy> conflicts() {
        return ConflictCopies.all(db);
    }

    /** The user has dealt with a conflict copy: it goes, here and (at the next sync) everywhere. */
    public void dismiss(String conflictUuid) {
        ConflictCopies.dismiss(db, conflictUuid);
    }

    private void requireOpen() {
        if (!db.isOpenForReading()) {
            throw new SyncException("Your data is locked. Please unlock it first, then sync.");
        }
    }
}
