package commonground.practice;

import commonground.content.Practice;
import commonground.content.Practices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each fixture under practice/invalid/ fails with a message naming the file, the line and the field. */
class ConversationValidatorTest {

    static ConversationValidator validator;

    @BeforeAll
    static void load() throws Exception {
        validator = new ConversationValidator(Practices.load().all().stream().map(Practice::id)
                .collect(Collectors.toSet()));
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ConversationValidatorTest.class.getResource("/commonground/practice/" + name).toURI());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "unknown-turn.yaml        | line 22: turn 'first', field 'turns[0].replies[1].next': leads to 'midle', which is not the id of a turn or an ending",
        "unreachable-turn.yaml    | line 58: turn 'lonely', field 'turns[3].id': this turn cannot be reached from the first turn 'first'",
        "dead-end.yaml            | turn 'last', field 'turns[2].replies': a dead end: no reply from here ever reaches an ending",
        "unreachable-ending.yaml  | line 59: ending 'never', field 'endings[0].id': this ending cannot be reached",
        "missing-text.yaml        | line 28: turn 'middle', field 'turns[1].does': missing required field",
        "unknown-practice.yaml    | line 36: turn 'middle', field 'turns[1].replies[1].practices[0]': 'honesty' is not a practice",
        "unknown-closing.yaml     | line 33: turn 'middle', field 'turns[1].replies[0].closes[0]': unknown closing move 'nagging'",
        "too-few-turning-points.yaml | field 'turns': has 2 turning points (turns whose replies lead to different places); at least 3 are needed",
        "one-ending.yaml          | field 'endings': has 1; at least 2 are needed",
        "no-closed-ending.yaml    | field 'endings': needs an ending of kind 'closed'",
        "pushing-rewarded.yaml    | line 34: turn 'middle', field 'turns[1].replies[0].next': a reply that closes them leads straight to an ending where the door stays open",
        "too-few-replies.yaml     | line 16: turn 'first', field 'turns[0].replies': a turn offers 3 or 4 replies, found 2",
        "both-tags.yaml           | turn 'middle', field 'turns[1].replies[0].closes': a reply either shows practices or closes them, not both",
        "no-closing-reply.yaml    | turn 'middle', field 'turns[1].replies': no reply closes them",
        "unknown-placeholder.yaml | line 29: turn 'middle', field 'turns[1].says': unknown placeholder '{he}'",
        "fixed-pronoun.yaml       | line 15: turn 'first', field 'turns[0].does': 'He' is a fixed pronoun; write {they}, {them}, {their}, {theirs} or {themself}",
        "verb-agreement.yaml      | line 30: turn 'middle', field 'turns[1].does': '{They} shrugs' reads right for only some pronouns; write the verb as a pair",
        "unknown-pronouns.yaml    | line 11: field 'character.pronouns': 'it' is not one of she, he or they",
        "unknown-relationship.yaml | line 12: field 'character.writtenFor': 'cousin' is not one of partner, parent, child, friend, colleague or other",
        "fixed-pronoun-title.yaml | line 4: field 'title': 'he' is a fixed pronoun; a title has no slots, so word it without one",
        "pair-after-name.yaml     | line 5: field 'summary': '{name} {says|say}' gives a they/them person \"Sam say\"; after {name} write the verb once",
        "fixed-pronoun-summary.yaml | line 5: field 'summary': 'She' is a fixed pronoun; write {they}, {them}, {their}, {theirs} or {themself}",
        "duplicate-id.yaml        | line 43: turn 'middle', field 'turns[2].id': duplicate id 'middle'",
        "unknown-field.yaml       | line 16: unknown field 'turns[0].mood'",
        "openness-out-of-range.yaml | line 11: field 'character.openness': is 9; it should be from 0 to 4",
        "bad-kind.yaml            | line 3: field 'kind': unknown kind 'quiz' (use conversation or drill)",
        "not-yaml.yaml            | this is not valid YAML",
        "empty.yaml               | the file is empty",
        "spelled-name.yaml        | line 32: turn 'middle', field 'turns[1].replies[0].say': spells the character's name 'Alex'; write {name} instead",
    })
    void eachBrokenFileSaysWhatIsWrongAndWhere(String file, String expected) throws Exception {
        Path path = fixture("invalid/" + file);
        ConversationCheck check = validator.checkFile(path);
        assertFalse(check.valid());
        assertTrue(check.conversation().isEmpty());
        String all = String.join("\n", check.problems());
        assertTrue(all.contains(expected), () -> "expected '" + expected + "' in:\n" + all);
        assertTrue(check.problems().stream().allMatch(p -> p.startsWith(path + ": ")), all);
    }

    @Test
    void theFixtureIsValidAndTypedRepliesFollowTheChosenOnes() throws Exception {
        ConversationCheck check = validator.checkFile(fixture("valid/fixture.yaml"));
        assertTrue(check.valid(), check.problems().toString());
        Conversation c = check.conversation().orElseThrow();
        assertEquals("fixture", c.id());
        assertEquals(ConversationKind.DRILL, c.kind());
        assertEquals(new Persona("Alex", "friend", 2), c.character());
        Turn first = c.first();
        assertEquals("shut", first.nextFor(Effect.CLOSES));
        assertEquals("middle", first.nextFor(Effect.OPENS));
        assertEquals("middle", first.nextFor(Effect.NEUTRAL));
        assertEquals(java.util.List.of(ClosingMove.ABSOLUTE), first.replies().get(0).closes());
        assertEquals(Effect.NEUTRAL, first.replies().get(2).effect());
    }

    @Test
    void aTurnWithoutANeutralReplySendsNeutralTypedRepliesWhereOpeningOnesGo() {
        Turn t = new Turn("t", "s", "d", java.util.List.of(
                new Reply("a", java.util.List.of(), java.util.List.of(ClosingMove.DEMAND), null, "x"),
                new Reply("b", java.util.List.of("consent"), java.util.List.of(), null, "y"),
                new Reply("c", java.util.List.of("nonverbal"), java.util.List.of(), null, "z")), null);
        assertEquals("y", t.nextFor(Effect.NEUTRAL));
    }

    @Test
    void titlesHoldNoPlaceholders() {
        String yaml = """
                id: x
                version: 1
                kind: drill
                title: "Talking with {name}"
                summary: S
                minutes: 3
                setting: S
                character: {name: A, relationship: friend, openness: 2}
                turns: []
                endings: []
                """;
        ConversationCheck check = validator.checkText("x.yaml", yaml);
        String all = String.join("\n", check.problems());
        assertTrue(all.contains("x.yaml: line 4: field 'title': placeholders such as {name} are not filled in here"), all);
        assertTrue(all.contains("field 'turns': missing required field"), all);
    }
}
