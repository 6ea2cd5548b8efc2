package commonground.bench;

import commonground.app.SyncTables;
import commonground.reflection.NoteBulkLoader;
import commonground.reflection.NoteListItem;
import commonground.reflection.NoteFilter;
import commonground.reflection.NoteRepository;
import commonground.reflection.NoteSearch;
import commonground.storage.Database;
import commonground.storage.PassphraseKeys;
import commonground.storage.sync.SyncEngine;
import commonground.storage.sync.SyncReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Sync through a folder between two profiles on one machine: the first sync of N generated notes
 * of about 1 KB (publishing them, then a second profile joining and bringing them in), and a later
 * sync of 100 changed notes (sent, then brought in). Prints seconds and the folder's size. The
 * passphrase cost is the real one. Run with {@code bench/sync.sh [NOTES]}.
 */
public final class SyncBenchmark {

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("sync-bench");
        Path shared = Files.createDirectories(dir.resolve("shared"));
        NoteTextGenerator text = new NoteTextGenerator(42);
        char[] passphrase = "a long sync passphrase".toCharArray();
        try (Database a = open(dir.resolve("a")); Database b = open(dir.resolve("b"))) {
            NoteBulkLoader.insert(a, count, i -> text.note(new Random(1000L + i), 1000));
            SyncEngine syncA = engine(a);
            SyncEngine syncB = engine(b);

            long t0 = System.nanoTime();
            SyncReport started = syncA.start(shared, passphrase, "A");
            long t1 = System.nanoTime();
            SyncReport joined = syncB.join(shared, passphrase, "B");
            long t2 = System.nanoTime();
            System.out.printf("first sync of %,d notes: send %.2f s (%d records), join and bring in %.2f s (%d files)"
                    + " (each includes one Argon2id derivation)%n", count, (t1 - t0) / 1e9, started.published(),
                    (t2 - t1) / 1e9, joined.filesApplied());
            System.out.printf("folder after the first sync: %,d KB; database A: %,d KB%n", size(shared) / 1024,
                    Files.size(a.file()) / 1024);

            NoteRepository notes = new NoteRepository(a);
            List<NoteListItem> some = notes.page(NoteFilter.ALL, null, 100);
            for (NoteListItem n : some) {
                notes.saveBody(n.id(), text.note(new Random(n.id() * 7), 1000));
            }
            long t3 = System.nanoTime();
            SyncReport sent = syncA.syncNow();
            long t4 = System.nanoTime();
            SyncReport brought = syncB.syncNow();
            long t5 = System.nanoTime();
            System.out.printf("later sync of %d changed notes: send %.3f s (%d records), bring in %.3f s (%d files)%n",
                    some.size(), (t4 - t3) / 1e9, sent.published(), (t5 - t4) / 1e9, brought.filesApplied());
            long t6 = System.nanoTime();
            syncB.syncNow();
            System.out.printf("a sync with nothing new: %.3f s%n", (System.nanoTime() - t6) / 1e9);
        }
    }

    private static Database open(Path folder) throws Exception {
        Files.createDirectories(folder);
        Database db = Database.open(folder.resolve(Database.FILE_NAME));
        db.registerSearchIndex(NoteSearch.INDEX);
        return db;
    }

    private static SyncEngine engine(Database db) {
        return SyncTables.registerAll(new SyncEngine(db, db.clock(), PassphraseKeys.Cost.DEFAULT, new SecureRandom()));
    }

    private static long size(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
