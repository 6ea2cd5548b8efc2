package commonground.bench;

import commonground.reflection.NoteFilter;
import commonground.reflection.NoteListItem;
import commonground.storage.Database;
import commonground.reflection.NoteBulkLoader;
import commonground.reflection.NoteRepository;
import commonground.reflection.NoteSearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Speed of the reflection notes at the repository level, over 100,000 generated notes of about
 * 1 KB: search as you type (one word, two words, a three-letter prefix, a phrase), opening and
 * scrolling the note list, and the autosave of a 10 KB note. Prints p50 and p95 in milliseconds.
 * Run with {@code bench/notes.sh} (arguments: number of notes, database folder to keep).
 */
public final class NoteBenchmark {

    private static final int SAMPLES = 200;

    private NoteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("notes-bench");
        Files.createDirectories(dir);
        Path file = dir.resolve("notes-" + count + ".db");
        NoteTextGenerator text = new NoteTextGenerator(42);
        boolean fresh = !Files.exists(file);
        Database db = Database.open(file);
        db.registerSearchIndex(NoteSearch.INDEX);
        if (fresh) {
            long t0 = System.nanoTime();
            NoteBulkLoader.insert(db, count, i -> text.note(new Random(1000L + i), 1000));
            System.out.printf("generated %,d notes in %.1f s (%s, %,d KB)%n", count, (System.nanoTime() - t0) / 1e9,
                    file, Files.size(file) / 1024);
        }
        NoteRepository notes = new NoteRepository(db);
        NoteSearch search = new NoteSearch(db);
        Random random = new Random(7);
        List<String> vocab = text.vocabulary();
        // Content words somewhere from the 50th to the 600th most common; and phrases from real notes.
        Supplier<String> word = () -> vocab.get(50 + random.nextInt(Math.min(550, vocab.size() - 50)));
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String[] w = text.note(new Random(1000L + random.nextInt(count)), 200).replaceAll("[.\\n]", " ")
                    .trim().split("\\s+");
            int at = random.nextInt(w.length - 2);
            phrases.add("\"" + w[at] + " " + w[at + 1] + "\"");
        }

        report("search: one word", () -> search.search(word.get(), false, NoteFilter.ALL, 50));
        report("search: two words", () -> search.search(word.get() + " " + word.get(), false, NoteFilter.ALL, 50));
        report("search: 3-letter prefix", () -> search.search(prefix(word.get()), true, NoteFilter.ALL, 50));
        report("search: phrase", () -> search.search(phrases.get(random.nextInt(phrases.size())), false,
                NoteFilter.ALL, 50));
        report("search: the most common word", () -> search.search(vocab.get(0), false, NoteFilter.ALL, 50));
        report("list: open (first 100 + count)", () -> {
            notes.page(NoteFilter.ALL, null, 100);
            return notes.count(NoteFilter.ALL);
        });
        List<NoteListItem> deep = notes.page(NoteFilter.ALL, null, 1);
        NoteListItem[] cursor = {deep.get(0)};
        report("list: next page while scrolling", () -> {
            List<NoteListItem> page = notes.page(NoteFilter.ALL, cursor[0], 100);
            cursor[0] = page.isEmpty() ? deep.get(0) : page.get(page.size() - 1);
            return page.size();
        });
        long id = notes.create(null, null).id();
        String base = text.note(new Random(99), 10_240);
        int[] n = {0};
        report("autosave: 10 KB note", () -> notes.saveBody(id, base + " edit " + (n[0]++)));
        db.close();
    }

    private static String prefix(String w) {
        return w.length() <= 3 ? w : w.substring(0, 3);
    }

    private static void report(String what, Supplier<Object> work) {
        for (int i = 0; i < 20; i++) {
            work.get();
        }
        double[] ms = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long t0 = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-36s p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms%n", what, ms[SAMPLES / 2],
                ms[(int) Math.ceil(SAMPLES * 0.95) - 1], ms[SAMPLES - 1]);
    }
}
