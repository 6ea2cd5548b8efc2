package commonground.scenarios;

import commonground.content.Practices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each fixture under invalid/ fails with a message naming the file, the step and the field. */
class ScenarioValidatorTest {

    static ScenarioValidator validator;

    @BeforeAll
    static void load() throws Exception {
        validator = new ScenarioValidator(Practices.load().all().stream().map(p -> p.id())
                .collect(Collectors.toSet()));
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ScenarioValidatorTest.class.getResource("/commonground/scenarios/" + name).toURI());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "unknown-kind.yaml     | step 'quiz', field 'kind': unknown step kind 'quiz'",
        "missing-branch.yaml   | step 'start', field 'options[1].next': leads to step 'nowhere', which does not exist",
        "unreachable-step.yaml | step 'orphan': this step cannot be reached",
        "endless-cycle.yaml    | step 'again', field 'next': these steps go round in a circle with no way to the end",
        "missing-field.yaml    | step 'start', field 'text': missing required field",
        "duplicate-id.yaml     | step 'start', field 'id': duplicate id 'start'",
        "too-long.yaml         | step 'start', field 'text': is 4000 characters long; at most 3000",
        "not-yaml.yaml         | this is not valid YAML",
        "empty.yaml            | the file is empty",
        "unknown-placeholder.yaml | step 'start', field 'text': unknown placeholder '{he}' (use {name}, {they}, {them}, {their} or {theirs}",
    })
    void eachBrokenFileSaysWhatIsWrongAndWhere(String file, String expected) throws Exception {
        Path path = fixture("invalid/" + file);
        ScenarioCheck check = validator.checkFile(path);
        assertFalse(check.valid());
        assertTrue(check.scenario().isEmpty());
        String all = String.join("\n", check.problems());
        assertTrue(all.contains(expected), () -> "expected '" + expected + "' in:\n" + all);
        assertTrue(check.problems().stream().allMatch(p -> p.startsWith(path.toString() + ": ")), all);
    }

    @Test
    void theCycleMessageShowsTheLoop() throws Exception {
        ScenarioCheck check = validator.checkFile(fixture("invalid/endless-cycle.yaml"));
        assertTrue(check.problems().get(0).contains("round → again → round"), check.problems().toString());
    }

    @Test
    void aGoodPackIsValid() throws Exception {
        ScenarioCheck check = validator.checkFile(fixture("valid/good-pack.yaml"));
        assertTrue(check.valid(), check.problems().toString());
        Scenario s = check.scenario().orElseThrow();
        assertEquals("weekend-plans", s.id());
        assertEquals(6, s.steps().size());
        assertEquals("rest", s.nextAfter(s.step("mood").orElseThrow(), "Busy and tiring"));
        assertEquals("activity", s.nextAfter(s.step("mood").orElseThrow(), "Fairly calm"));
        assertEquals(Scenario.END, s.nextAfter(s.step("plan").orElseThrow(), ""));
    }

    @Test
    void unknownPracticesAndStrayFieldsAreNamed() {
        String yaml = """
                id: x
                version: 1
                title: T
                summary: S
                minutes: 3
                steps:
                  - id: a
                    kind: info
                    title: A
                    text: A
                    practices: [kindness]
                    items: [one]
                """;
        String all = String.join("\n", validator.checkText("pack.yaml", yaml).problems());
        assertTrue(all.contains("pack.yaml: step 'a', field 'practices[0]': unknown practice 'kindness'"), all);
        assertTrue(all.contains("pack.yaml: step 'a', field 'items': only checklist steps have items"), all);
    }

    @Test
    void anUnknownFieldIsNamedWithItsLine() {
        String yaml = "id: x\nversion: 1\ntitle: T\nsummary: S\nminutes: 3\ncolour: red\nsteps: []\n";
        String all = String.join("\n", validator.checkText("pack.yaml", yaml).problems());
        assertTrue(all.contains("pack.yaml: line ") && all.contains("unknown field 'colour'"), all);
    }
}
