package commonground.storage.sync;

import commonground.app.SyncTables;
import commonground.reflection.NoteRepository;
import commonground.reflection.NoteSearch;
import commonground.storage.DataTransfer;
import commonground.storage.Database;
import commonground.storage.PassphraseKeys;
import commonground.storage.TestClock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/** One computer in a sync test: its own data folder, database and sync engine, with a clock the test moves. */
public final class Profile implements AutoCloseable {

    /** Argon2id cheap enough for tests (the app uses {@link PassphraseKeys.Cost#DEFAULT}). */
    public static final PassphraseKeys.Cost FAST = new PassphraseKeys.Cost(1024, 1, 1);

    final String name;
    final Path dir;
    final TestClock clock;
    public Database db;
    public SyncEngine sync;
    public NoteRepository notes;

    Profile(Path base, String name, TestClock clock) throws Exception {
        this(base.resolve(name), clock);
    }

    /** A computer whose data folder is {@code dir} (an app's own, in a test that starts the app over it). */
    public Profile(Path dir, TestClock clock) throws Exception {
        this.name = dir.getFileName().toString();
        this.dir = Files.createDirectories(dir);
        this.clock = clock;
        open();
    }

    void open() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        if (!Files.exists(file)) {
            // A copy of one new database made at the start: the property test makes hundreds of
            // computers, and migrating each new file took most of its time.
            Files.copy(newDatabase(), file);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        db = Database.open(file, clock);
        db.registerSearchIndex(NoteSearch.INDEX);
        sync = SyncTables.registerAll(new SyncEngine(db, clock, FAST, new SecureRandom()));
        notes = new NoteRepository(db);
    }

    private static Path template;

    private static synchronized Path newDatabase() throws Exception {
        if (template == null) {
            Path dir = Files.createTempDirectory("profile-template");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve(Database.FILE_NAME);
            Database.open(file).close();
            file.toFile().deleteOnExit();
            template = file;
        }
        return template;
    }

    void reopen() throws Exception {
        db.close();
        open();
    }

    /** The whole profile as the JSON export writes it. */
    String export() throws Exception {
        Path file = dir.resolve("export-" + System.nanoTime() + ".json");
        new DataTransfer(db).exportTo(file);
        String json = Files.readString(file);
        Files.delete(file);
        return json;
    }

    public long note(String body) {
        long id = notes.create(null, null).id();
        notes.saveBody(id, body);
        return id;
    }

    public String body(String uuid) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT id FROM note WHERE uuid = ?")) {
                ps.setString(1, uuid);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? notes.find(rs.getLong(1)).orElseThrow().body() : null;
                }
            }
        });
    }

    public String uuidOf(long noteId) {
        return notes.find(noteId).orElseThrow().uuid();
    }

    public long idOf(String uuid) {
        return db.read(c -> RecordCodec.idOf(c, "note", uuid));
    }

    @Override
    public void close() {
        db.close();
    }
}
