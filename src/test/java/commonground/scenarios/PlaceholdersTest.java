package commonground.scenarios;

import commonground.content.Practices;
import commonground.people.Pronouns;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Placeholders in steps are checked when a file is read, and filled from the person a walk is about. */
class PlaceholdersTest {

    private static final String PACK = """
            id: placeholders
            version: 1
            title: "Placeholders"
            summary: "A small pack."
            minutes: 5
            steps:
              - id: start
                kind: choice
                title: "What does {name} enjoy?"
                practices: [their-world]
                text: "{They} may talk easily about {their} garden; it is {theirs}, and you can ask {them}."
                options:
                  - label: "%s"
                  - label: "Something else"
              - id: plan
                kind: plan
                title: "One step"
                practices: [long-game]
                text: "One small thing."
                example: "Ask {name} about the roses."
            """;

    private static ScenarioCheck check(String yaml) throws Exception {
        ScenarioValidator validator = new ScenarioValidator(Practices.load().all().stream().map(p -> p.id())
                .collect(Collectors.toSet()));
        return validator.checkText("pack.yaml", yaml);
    }

    @Test
    void theyAreFilledForEachKindOfPronounAndForNoOne() throws Exception {
        Scenario s = check(PACK.formatted("The garden")).scenario().orElseThrow();
        Step she = Placeholders.fill(s, PersonWords.of("Ana", Pronouns.SHE)).first();
        assertEquals("What does Ana enjoy?", she.title());
        assertEquals("She may talk easily about her garden; it is hers, and you can ask her.", she.text());
        Step he = Placeholders.fill(s, PersonWords.of("Tom", Pronouns.HE)).first();
        assertEquals("He may talk easily about his garden; it is his, and you can ask him.", he.text());
        Step they = Placeholders.fill(s, PersonWords.of("Kit", Pronouns.THEY)).first();
        assertEquals("They may talk easily about their garden; it is theirs, and you can ask them.", they.text());
        Step name = Placeholders.fill(s, PersonWords.of("Jules", Pronouns.NAME)).first();
        assertEquals("Jules may talk easily about Jules' garden; it is Jules', and you can ask Jules.", name.text());
        Scenario noOne = Placeholders.fill(s, PersonWords.of(null, Pronouns.SHE));
        assertEquals("What does the other person enjoy?", noOne.first().title());
        assertEquals("They may talk easily about their garden; it is theirs, and you can ask them.",
                noOne.first().text());
        assertEquals("Ask the other person about the roses.", noOne.step("plan").orElseThrow().example());
    }

    @Test
    void anUnknownPlaceholderIsNamedWithItsStepAndField() throws Exception {
        ScenarioCheck c = check(PACK.formatted("The garden").replace("{their} garden", "{her} garden")
                .replace("{name} about", "{Name } about").replace("{They}", "{THEY}"));
        assertFalse(c.valid());
        String all = String.join("\n", c.problems());
        assertTrue(all.contains("pack.yaml: step 'start', field 'text': unknown placeholder '{her}'"), all);
        assertTrue(all.contains("pack.yaml: step 'start', field 'text': unknown placeholder '{THEY}'"), all);
        assertEquals(2, c.problems().size(), all);
    }

    @Test
    void labelsAndItemsHoldNoPlaceholdersBecauseAnswersAreSavedByTheirText() throws Exception {
        ScenarioCheck c = check(PACK.formatted("{Their} garden"));
        assertEquals(List.of("pack.yaml: step 'start', field 'options[0].label': placeholders such as {name} are not "
                + "filled in here (answers are saved by their label); please write it without one, for example "
                + "with 'they'"), c.problems());
    }
}
