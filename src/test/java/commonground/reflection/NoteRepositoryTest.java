package commonground.reflection;

import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Notes against a real database file: text, pages of the list, tags and the trash. */
class NoteRepositoryTest {

    @TempDir
    Path dir;
    Database db;
    NoteRepository notes;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("common-ground.db"));
        notes = new NoteRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void textWithEmojiRightToLeftScriptAndAccentsComesBackUnchanged() {
        String text = "Café crème, naïve façade 🌱🫶🏽 👩‍👩‍👧\nשלום, מה שלומך? مرحبا بك\n\u200Fend";
        long id = notes.create(null, null).id();
        NoteListItem saved = notes.saveBody(id, text);
        Note note = notes.find(id).orElseThrow();
        assertEquals(text, note.body());
        assertEquals("Café crème, naïve façade 🌱🫶🏽 👩‍👩‍👧", saved.title());
        assertTrue(saved.wordCount() >= 10);
    }

    @Test
    void aOneMegabyteNoteSavesAndLoads() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_048_576) {
            sb.append("I am learning to wait for the right moment, and to care for myself meanwhile. ");
        }
        String text = sb.substring(0, 1_048_576);
        long id = notes.create(null, null).id();
        notes.saveBody(id, text);
        assertEquals(text, notes.find(id).orElseThrow().body());
    }

    @Test
    void tooLongATextIsRefusedWithAMessageAndTheOldTextStays() {
        long id = notes.create(null, null).id();
        notes.saveBody(id, "kept");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> notes.saveBody(id, "x".repeat(2_000_001)));
        assertTrue(e.getMessage().contains("still here"));
        assertEquals("kept", notes.find(id).orElseThrow().body());
    }

    @Test
    void pagesWalkTheWholeListNewestFirstWithoutRepeats() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            long id = notes.create(null, null).id();
            notes.saveBody(id, "note " + i);
            ids.add(id);
        }
        List<Long> seen = new ArrayList<>();
        NoteListItem after = null;
        for (int page = 0; page < 10; page++) {
            List<NoteListItem> items = notes.page(NoteFilter.ALL, after, 10);
            if (items.isEmpty()) {
                break;
            }
            items.forEach(i -> seen.add(i.id()));
            after = items.get(items.size() - 1);
        }
        assertEquals(25, seen.size());
        assertEquals(ids.get(24), seen.get(0));
        assertEquals(25, seen.stream().distinct().count());
        assertEquals(25, notes.count(NoteFilter.ALL));
    }

    @Test
    void tagsAndPromptGroupsFilterTheList() {
        long a = notes.create("grief-hoping", "grief").id();
        long b = notes.create(null, null).id();
        notes.setTags(a, List.of("#Sunday", " walks ", "walks", ""));
        notes.setTags(b, List.of("walks"));
        assertEquals(List.of("sunday", "walks"), notes.find(a).orElseThrow().tags());
        assertEquals(List.of(new TagCount("sunday", 1), new TagCount("walks", 2)), notes.tags());
        assertEquals(List.of(a), notes.page(new NoteFilter("sunday", null, false), null, 50).stream()
                .map(NoteListItem::id).toList());
        assertEquals(List.of(a), notes.page(new NoteFilter(null, "grief", false), null, 50).stream()
                .map(NoteListItem::id).toList());
        assertEquals(2, notes.count(new NoteFilter("walks", null, false)));
    }

    @Test
    void trashHidesRestoresAndPurgesOnlyOldNotes() {
        long a = notes.create(null, null).id();
        long b = notes.create(null, null).id();
        notes.saveBody(a, "first");
        notes.moveToTrash(a);
        assertEquals(List.of(b), notes.page(NoteFilter.ALL, null, 50).stream().map(NoteListItem::id).toList());
        assertEquals(List.of(a), notes.page(new NoteFilter(null, null, true), null, 50).stream()
                .map(NoteListItem::id).toList());
        notes.restore(a);
        assertEquals(2, notes.count(NoteFilter.ALL));

        notes.moveToTrash(a);
        assertEquals(0, notes.purgeTrashedBefore(Instant.now().minus(Duration.ofDays(30))));
        assertEquals(1, notes.purgeTrashedBefore(Instant.now().plusSeconds(1)));
        assertTrue(notes.find(a).isEmpty());
        assertTrue(notes.find(b).isPresent());
    }
}
