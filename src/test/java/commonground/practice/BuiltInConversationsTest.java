package commonground.practice;

import commonground.content.Practice;
import commonground.content.Practices;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every conversation that comes with the app passes the checker, and the drills are there. */
class BuiltInConversationsTest {

    @Test
    void everyBuiltInFilePassesTheChecker() throws Exception {
        ConversationValidator validator = new ConversationValidator(Practices.load().all().stream()
                .map(Practice::id).collect(Collectors.toSet()));
        Map<String, String> files = BuiltInConversations.read();
        assertFalse(files.isEmpty());
        for (Map.Entry<String, String> f : files.entrySet()) {
            ConversationCheck check = validator.checkText(f.getKey(), f.getValue());
            assertTrue(check.valid(), () -> String.join("\n", check.problems()));
            assertEquals(f.getKey(), check.conversation().orElseThrow().id() + ".yaml",
                    "a file is named after its id");
        }
        List<Conversation> all = BuiltInConversations.load(validator);
        assertEquals(files.size(), all.size());
        assertTrue(all.stream().anyMatch(c -> c.id().equals("im-fine") && c.kind() == ConversationKind.DRILL));
    }
}
