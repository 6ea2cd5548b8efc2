package commonground.reflection;

import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search by word, prefix and phrase, ranked, with marked snippets; the trash stays out unless asked,
 * and the tag and prompt-group filters hold for words and phrases alike.
 */
class NoteSearchTest {

    @TempDir
    Path dir;
    Database db;
    NoteRepository notes;
    NoteSearch search;
    long garden;
    long walk;
    long letter;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("common-ground.db"));
        notes = new NoteRepository(db);
        search = new NoteSearch(db);
        garden = write("Garden\nWe worked in the garden together and he smiled at the roses.");
        walk = write("Sunday\nA long walk by the river. He talked about the garden plans.");
        letter = write("Unsent letter\nI wish we could talk about how things feel. Gardening is where I feel calm.");
    }

    private long write(String body) {
        long id = notes.create(null, null).id();
        notes.saveBody(id, body);
        return id;
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Long> ids(String typed, boolean typing, NoteFilter filter) {
        return search.search(typed, typing, filter, 50).stream().map(NoteListItem::id).toList();
    }

    @Test
    void aWordFindsItsNotesBestFirstWithTheWordMarked() {
        List<NoteListItem> hits = search.search("garden", false, NoteFilter.ALL, 50);
        assertEquals(List.of(garden, walk), hits.stream().map(NoteListItem::id).toList());
        assertTrue(hits.get(0).snippet().contains(NoteText.HIT_START + "Garden" + NoteText.HIT_END)
                || hits.get(0).snippet().contains(NoteText.HIT_START + "garden" + NoteText.HIT_END));
    }

    @Test
    void twoWordsMustBothMatch() {
        assertEquals(List.of(walk), ids("river garden", false, NoteFilter.ALL));
    }

    @Test
    void theLastWordMatchesAsAPrefixWhileTyping() {
        assertEquals(3, ids("gar", true, NoteFilter.ALL).size());
        assertTrue(ids("gar", false, NoteFilter.ALL).isEmpty());
        assertEquals(List.of(walk), ids("riv", true, NoteFilter.ALL));
    }

    @Test
    void quotedPhrasesMatchWordsInOrder() {
        assertEquals(List.of(walk), ids("\"long walk\"", false, NoteFilter.ALL));
        assertTrue(ids("\"walk long\"", false, NoteFilter.ALL).isEmpty());
        assertEquals(List.of(walk), ids("\"long wa", true, NoteFilter.ALL));
    }

    @Test
    void aPhraseRanksATitleHitThenMoreHitsThenShorterNotesFirst() {
        long inTitle = write("Long walk\nWe went out.");
        long twice = write("Notes\nA long walk, then another long walk home.");
        long shortOnce = write("Notes\nA long walk home.");
        List<NoteListItem> hits = search.search("\"long walk\"", false, NoteFilter.ALL, 50);
        assertEquals(List.of(inTitle, twice, shortOnce, walk), hits.stream().map(NoteListItem::id).toList());
        assertTrue(hits.get(1).snippet().contains(NoteText.HIT_START + "long walk" + NoteText.HIT_END),
                hits.get(1).snippet());
    }

    @Test
    void aPhraseInAnOldNoteIsFoundBehindManyNewerNotesWithItsWordsApart() {
        long old = write("Dawn\nThe quiet river at dawn, before anyone woke.");
        NoteBulkLoader.insert(db, NoteSearch.PHRASE_WINDOW + 50, i -> "Later\nThe river, quiet again " + i);
        assertEquals(List.of(old), ids("\"quiet river\"", false, NoteFilter.ALL));
        assertEquals(List.of(old), ids("\"quiet riv", true, NoteFilter.ALL));
        assertEquals(50, ids("quiet river", false, NoteFilter.ALL).size());
    }

    @Test
    void aPhraseHeldByMoreNotesThanTheWindowIsRankedAmongItsNewestNotes() {
        long old = write("Quiet river\nWhere we sat.");
        NoteBulkLoader.insert(db, 20, i -> "Later\nBy the quiet river again, a long note this time " + i);
        assertEquals(old, ids("\"quiet river\"", false, NoteFilter.ALL).get(0));
        NoteBulkLoader.insert(db, NoteSearch.PHRASE_WINDOW, i -> "Later\nBy the quiet river again " + i);
        List<Long> found = ids("\"quiet river\"", false, NoteFilter.ALL);
        assertEquals(50, found.size());
        assertFalse(found.contains(old), "the old title match lies beyond the newest " + NoteSearch.PHRASE_WINDOW);
    }

    @Test
    void phrasesAndWordsHonourTheTrashTagAndPromptGroupFilters() {
        long grief = notes.create("grief-1", "grief").id();
        notes.saveBody(grief, "Missing him\nA long walk where we used to go.");
        long tagged = write("Saturday\nA long walk with my sister.");
        notes.setTags(tagged, List.of("family"));
        long trashed = write("Old\nA long walk I would rather forget.");
        notes.setTags(trashed, List.of("family"));
        notes.moveToTrash(trashed);
        NoteFilter family = new NoteFilter("family", null, false);
        NoteFilter griefGroup = new NoteFilter(null, "grief", false);
        NoteFilter trash = new NoteFilter(null, null, true);
        for (String q : new String[] {"\"long walk\"", "long walk"}) {
            assertEquals(List.of(walk, grief, tagged).stream().sorted().toList(),
                    ids(q, false, NoteFilter.ALL).stream().sorted().toList(), q);
            assertEquals(List.of(tagged), ids(q, false, family), q);
            assertEquals(List.of(grief), ids(q, false, griefGroup), q);
            assertEquals(List.of(trashed), ids(q, false, trash), q);
            assertEquals(List.of(trashed), ids(q, false, new NoteFilter("family", null, true)), q);
            assertTrue(ids(q, false, new NoteFilter("family", "grief", false)).isEmpty(), q);
        }
    }

    @Test
    void aWordTheTokenizerSplitsIsMatchedAsAPhrase() {
        long dont = write("Notes\nI don't know what to say.");
        write("Notes\nT is for tea, said Don.");
        assertEquals(List.of(dont), ids("don't", false, NoteFilter.ALL));
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        long cafe = write("Un café au lait, à la façon de Zoë");
        assertEquals(List.of(cafe), ids("CAFE facon zoe", false, NoteFilter.ALL));
        assertEquals(List.of(cafe), ids("café", false, NoteFilter.ALL));
    }

    @Test
    void trashedNotesAreFoundOnlyWhenAskedFor() {
        notes.moveToTrash(garden);
        assertEquals(List.of(walk), ids("garden", false, NoteFilter.ALL));
        assertEquals(List.of(garden), ids("garden", false, new NoteFilter(null, null, true)));
    }

    @Test
    void editsAndDeletesKeepTheIndexInStep() {
        notes.saveBody(walk, "Only the river now");
        assertEquals(List.of(garden), ids("garden", false, NoteFilter.ALL));
        notes.moveToTrash(garden);
        notes.purgeTrashedBefore(java.time.Instant.now().plusSeconds(1));
        assertTrue(ids("garden", false, NoteFilter.ALL).isEmpty());
        assertEquals("ok", db.read(c -> {
            try (var s = c.createStatement()) {
                s.execute("INSERT INTO note_fts(note_fts, rank) VALUES ('integrity-check', 1)");
            }
            return "ok";
        }));
    }

    @Test
    void anythingTypedIsASafeQuery() {
        String[] odd = {"\"", "\"\"", "*", "AND", "OR NOT", "NEAR(a b)", "title:garden", "-garden", "(", "^x",
                "gar\"", "a\"b\"c", "'", "😀", "\\", "{a}", "garden OR", "\"unclosed phrase", " ", "x*y", "a:b:c"};
        for (String q : odd) {
            search.search(q, true, NoteFilter.ALL, 50);
            search.search(q, false, NoteFilter.ALL, 50);
        }
        Random random = new Random(7);
        String alphabet = "ab \"*():^-+'NEAROTD\\{}.,;";
        for (int i = 0; i < 500; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(12); j >= 0; j--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            search.search(sb.toString(), random.nextBoolean(), NoteFilter.ALL, 50);
        }
        // Operators are plain words here: "garden OR" needs the word "or" too.
        assertTrue(ids("garden OR", false, NoteFilter.ALL).isEmpty());
    }
}
