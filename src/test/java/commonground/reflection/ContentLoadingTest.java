package commonground.reflection;

import commonground.content.ContentException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The prompt library and needs vocabulary load, and faulty files are refused with a useful message. */
class ContentLoadingTest {

    @Test
    void theBuiltInPromptsHaveTheSixGroups() throws Exception {
        PromptLibrary library = PromptLibrary.load();
        assertEquals(java.util.List.of("grief", "needs-week", "appreciation", "letter", "self-compassion", "long-game"),
                library.groups().stream().map(PromptGroup::id).toList());
        assertEquals("What am I hoping this person can give that they may not be able to?",
                library.prompt("grief-hoping").orElseThrow().text());
        assertEquals("long-game", library.groupOf("long-game-signs").orElseThrow().id());
    }

    @Test
    void theBuiltInNeedsCoverTheMainGroups() throws Exception {
        NeedsVocabulary needs = NeedsVocabulary.load();
        assertTrue(needs.groups().stream().map(NeedGroup::id).toList().containsAll(java.util.List.of(
                "connection", "autonomy", "meaning", "rest", "play", "physical", "honesty", "peace")));
        assertEquals("Closeness", needs.nameOf("closeness"));
    }

    @Test
    void problemsNameTheFileTheIdAndTheField() {
        ContentException missingText = assertThrows(ContentException.class, () -> PromptLibrary.parse("p.yaml",
                "groups:\n  - id: grief\n    name: Grief\n    prompts:\n      - id: a\n"));
        assertTrue(missingText.getMessage().startsWith("p.yaml: "), missingText.getMessage());
        assertTrue(missingText.getMessage().contains("'a'") && missingText.getMessage().contains("'text'"));

        ContentException duplicate = assertThrows(ContentException.class, () -> NeedsVocabulary.parse("n.yaml",
                "groups:\n  - id: rest\n    name: Rest\n    needs:\n      - { id: rest, name: Rest }\n"));
        assertTrue(duplicate.getMessage().contains("duplicate id 'rest'"), duplicate.getMessage());

        ContentException unknown = assertThrows(ContentException.class, () -> NeedsVocabulary.parse("n.yaml",
                "groups:\n  - id: rest\n    name: Rest\n    colour: red\n    needs: []\n"));
        assertTrue(unknown.getMessage().contains("line") && unknown.getMessage().contains("colour"),
                unknown.getMessage());

        ContentException empty = assertThrows(ContentException.class, () -> PromptLibrary.parse("p.yaml",
                "groups:\n  - id: grief\n    name: Grief\n"));
        assertTrue(empty.getMessage().contains("'grief'") && empty.getMessage().contains("prompts"));
    }
}
