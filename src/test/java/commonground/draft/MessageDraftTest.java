package commonground.draft;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The first line a kept draft shows in the list of drafts. */
class MessageDraftTest {

    private static String first(String body) {
        return new MessageDraft("u", null, body, null, null).firstLine();
    }

    @Test
    void aLongFirstLineIsShortenedWithOneEllipsisAndAWholeSentenceGetsNone() {
        assertEquals("Dad, I would like to come round on Sunday.", first("\n  Dad, I would like to come round on Sunday.\nx"));
        String sentence = "I'd love to come round on Sunday and sit with you for a bit, maybe walks.";
        assertEquals(sentence.substring(0, 70).strip() + "\u2026", first(sentence + " And then tea."));
        String endsAtStop = "We could go for one of our slow walks by the river on Sunday, just us. Then tea at mine.";
        assertEquals("We could go for one of our slow walks by the river on Sunday, just us.", first(endsAtStop),
                "cut just after a full stop: no ellipsis after it");
        assertEquals("", first("  \n  "));
    }
}
