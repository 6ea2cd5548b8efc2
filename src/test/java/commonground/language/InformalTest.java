package commonground.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Drafts typed without apostrophes are read as if written in full, and findings point at what was typed (0030). */
class InformalTest {

    private static final LanguageCoach COACH = new LanguageCoach();

    @Test
    void aThreatTypedWithoutApostrophesIsHeardAndMarkedWhereItWasTyped() {
        String draft = "Hi love. if u dont turn up im done";
        List<Finding> findings = COACH.review(draft).findings();
        assertEquals(1, findings.size(), findings::toString);
        Finding f = findings.get(0);
        assertEquals(FindingKind.ULTIMATUM, f.kind());
        assertEquals(draft.substring(f.start(), f.end()), f.phrase());
        assertTrue(f.phrase().startsWith("if u dont"), f.phrase());
        assertTrue(f.end() <= draft.length());
    }

    @Test
    void informalKindnessAndBodyFactsStayClear() {
        for (String draft : List.of("youre sick again, want me to bring soup?", "ur mum's cake was unreal",
                "dont worry about the money, its sorted", "im so proud of u for finishing the course",
                "hope ur feeling better", "Hope you're feeling better")) {
            assertFalse(COACH.review(draft).flagged(), () -> draft + " -> " + COACH.review(draft).findings());
        }
    }

    @Test
    void theFullFormMapsEveryOffsetBack() {
        String norm = "ur being so unfair rn";
        Informal.Expanded x = Informal.expand(norm, norm);
        assertEquals("you're being so unfair right now", x.norm());
        assertEquals(0, x.map()[0]);
        assertEquals(norm.length(), x.map()[x.norm().length()]);
        assertEquals(norm.indexOf("being"), x.map()[x.norm().indexOf("being")]);
        assertNull(Informal.expand("you're kind", "you're kind"));
        assertEquals("your mum", Informal.expand("ur mum", "ur mum").norm());
    }
}
