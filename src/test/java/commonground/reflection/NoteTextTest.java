package commonground.reflection;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

class NoteTextTest {

    @Test
    void theTitleIsTheFirstLineWithWords() {
        assertEquals("Sunday walk", NoteText.title("\n   \n  Sunday walk  \nmore"));
        assertEquals("", NoteText.title("  \n "));
        String longLine = "word ".repeat(100);
        assertEquals(NoteText.MAX_TITLE, NoteText.title(longLine).codePointCount(0, NoteText.title(longLine).length()));
    }

    @Test
    void wordsAreCountedInAnyScript() {
        assertEquals(0, NoteText.wordCount(" \n"));
        assertEquals(4, NoteText.wordCount("I don't know, yet."));
        assertEquals(3, NoteText.wordCount("שלום מה שלומך"));
        assertEquals(2, NoteText.wordCount("café 🌱 naïve"));
    }

    @Test
    void tagsAreTidied() {
        assertEquals("sunday walks", NoteText.normalizeTag("  #Sunday   walks "));
        assertNull(NoteText.normalizeTag(" # "));
        assertNull(NoteText.normalizeTag("x".repeat(51)));
    }

    @Test
    void aPreviewCutAfterAFullStopGetsNoEllipsis() {
        String sentence = "I wanted to ask and I didn't.";
        String body = "x".repeat(NoteText.MAX_TITLE - 1 - sentence.length()) + sentence + " I just sat nearby and read.";
        String title = NoteText.title(body);
        assertTrue(title.endsWith("I didn't."), title);
    }
}
