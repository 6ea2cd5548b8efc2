package commonground.cues;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The rules every cue's words follow, with messages that say which field to change. */
class CueTextTest {

    private static CueText text(String seen, List<String> acks, String notToSay) {
        return new CueText(CueCategory.FACE, seen, "They may be moved.", acks, "", notToSay);
    }

    @Test
    void goodWordsPass() {
        assertNull(text("Tearing up", List.of("I'm here."), "Why are you crying?").problem());
    }

    @Test
    void eachBrokenFieldIsNamed() {
        assertEquals("seen", text(" ", List.of("I'm here."), "x").problem().field());
        assertEquals("seen", text("x".repeat(CueText.MAX_SEEN + 1), List.of("I'm here."), "x").problem().field());
        assertEquals("acknowledgements", text("Tearing up", List.of(" ", ""), "x").problem().field());
        assertEquals("acknowledgements", text("Tearing up", List.of("a", "b", "c", "d"), "x").problem().field());
        assertEquals("acknowledgements", text("Tearing up", List.of("a".repeat(201)), "x").problem().field());
        assertEquals("notToSay", text("Tearing up", List.of("I'm here."), "").problem().field());
        assertEquals("category", new CueText(null, "a", "b", List.of("c"), "", "d").problem().field());
    }
}
