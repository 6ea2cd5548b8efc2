package commonground.reflection;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The MATCH expression made of typed text, and whether it holds a phrase (which NoteSearch ranks apart). */
class FtsQueryTest {

    private static FtsQuery of(String typed, boolean typing) {
        return FtsQuery.of(typed, typing).orElseThrow();
    }

    @Test
    void wordsAreQuotedAndAllMustMatch() {
        assertEquals("\"garden\" \"walk\"", of("garden walk", false).expression());
        assertEquals("\"garden\" \"wa\"*", of("garden wa", true).expression());
        assertTrue(FtsQuery.of("  \"\" ... ", false).isEmpty());
    }

    @Test
    void separateWordsAreNoPhrase() {
        assertFalse(of("garden walk", false).hasPhrase());
        assertFalse(of("\"garden\"", false).hasPhrase());
        assertFalse(of("gar", true).hasPhrase());
        assertFalse(of("café", false).hasPhrase());
    }

    @Test
    void aQuotedPhraseOrAWordTheTokenizerSplitsIsAPhrase() {
        assertTrue(of("\"long walk\"", false).hasPhrase());
        assertEquals("\"long wa\"*", of("\"long wa", true).expression());
        assertTrue(of("\"long wa", true).hasPhrase());
        assertTrue(of("river \"long walk\"", false).hasPhrase());
        assertTrue(of("don't", false).hasPhrase());
        assertTrue(of("e-mail", false).hasPhrase());
    }

    @Test
    void tokensAreRunsOfLettersDigitsAndMarks() {
        assertEquals(0, FtsQuery.tokenCount("--"));
        assertEquals(1, FtsQuery.tokenCount("e\u0301t\u00e9"));
        assertEquals(2, FtsQuery.tokenCount("long  walk"));
        assertEquals(3, FtsQuery.tokenCount("a,b.c"));
    }
}
