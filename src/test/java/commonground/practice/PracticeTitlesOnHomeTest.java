package commonground.practice;

import commonground.content.Practice;
import commonground.content.Practices;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Home's "Practised …" line quotes a title once, also the drill whose title carries its own quotes. */
class PracticeTitlesOnHomeTest {

    @Test
    void theImFineDrillIsQuotedOnce() {
        assertEquals("\u201cI'm fine\u201d", PracticeFeature.quoted("\"I'm fine\""));
        assertEquals("\u201cCoffee with a friend you lost\u201d", PracticeFeature.quoted("Coffee with a friend you lost"));
        assertEquals("\u201cA \"quiet\" evening\u201d", PracticeFeature.quoted("A \"quiet\" evening"));
    }

    @Test
    void noBuiltInTitleShowsDoubledQuotes() throws Exception {
        ConversationValidator validator = new ConversationValidator(Practices.load().all().stream()
                .map(Practice::id).collect(Collectors.toSet()));
        List<Conversation> all = BuiltInConversations.load(validator);
        for (Conversation c : all) {
            String shown = PracticeFeature.quoted(c.title());
            assertFalse(shown.contains("\u201c\"") || shown.contains("\"\u201d"), shown);
        }
    }

    @Test
    void homeSaysWhoASessionWasWith() {
        assertEquals("Practising \u201cTalking with Dad\u201d with Dad",
                PracticeFeature.recently(false, "Talking with Dad", "Dad"));
        assertEquals("Practised \u201cI'm fine\u201d", PracticeFeature.recently(true, "\"I'm fine\"", null));
    }

    @Test
    void anEndingIsNamedInTheWordsTheSessionListUses() {
        assertEquals("Just climbing \u00B7 the door stays open", DebriefViewModel.endingTitle("Just climbing", EndingKind.OPEN));
        assertEquals("The door closes for now", DebriefViewModel.endingTitle("The door closes for now", EndingKind.CLOSED));
    }
}
