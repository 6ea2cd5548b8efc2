package commonground.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoachRulesTest {

    @TempDir
    Path dir;

    /** Index of the rule (under "rules:") whose text holds the first match of {@code regex}, as the loader counts. */
    private static int ruleAt(String yaml, String regex) {
        int rules = yaml.indexOf("\nrules:\n");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(yaml);
        m.region(rules, yaml.length());
        assertTrue(m.find(), regex);
        int index = -1;
        for (int at = yaml.indexOf("\n  - id: ", rules); at >= 0 && at < m.start(); at = yaml.indexOf("\n  - id: ", at + 1)) {
            index++;
        }
        return index;
    }

    private static String shipped() throws IOException {
        try (InputStream in = CoachRules.class.getResourceAsStream(CoachRules.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private CoachRulesException loadBroken(String yaml) throws IOException {
        Path file = dir.resolve("broken-rules.yaml");
        Files.writeString(file, yaml);
        URL url = file.toUri().toURL();
        CoachRulesException e = assertThrows(CoachRulesException.class, () -> CoachRules.load(url));
        assertTrue(e.getMessage().contains("broken-rules.yaml"), e.getMessage());
        assertEquals(url.toString(), e.source());
        return e;
    }

    @Test
    void shippedRulesLoad() {
        CoachRules rules = CoachRules.defaults();
        assertTrue(rules.ruleCount() > 30);
        assertTrue(rules.goodMoveCount() >= 5);
        assertTrue(rules.source().endsWith("coach-rules.yaml"));
    }

    @Test
    void aCopyLoadedFromAUrlBehavesTheSame() throws IOException {
        Path file = dir.resolve("copy.yaml");
        Files.writeString(file, shipped());
        LanguageCoach coach = new LanguageCoach(CoachRules.load(file.toUri().toURL()));
        assertTrue(coach.review("You never listen to me.").flagged());
    }

    @Test
    void badRegularExpressionNamesTheRuleField() throws IOException {
        String yaml = shipped().replace("pattern: '\\bor (?:else", "pattern: '(unclosed\\bor (?:else");
        CoachRulesException e = loadBroken(yaml);
        assertEquals("rules[" + ruleAt(shipped(), "pattern: '\\\\bor \\(\\?:else") + "].pattern", e.field());
        assertTrue(e.getMessage().contains("invalid regular expression"), e.getMessage());
    }

    @Test
    void unknownKindNamesTheField() throws IOException {
        CoachRulesException e = loadBroken(shipped().replaceFirst("kind: ULTIMATUM", "kind: SCOLDING"));
        assertEquals("rules[" + ruleAt(shipped(), "kind: ULTIMATUM") + "].kind", e.field());
        assertTrue(e.getMessage().contains("SCOLDING"), e.getMessage());
    }

    @Test
    void unknownGuardNamesTheField() throws IOException {
        CoachRulesException e = loadBroken(shipped().replaceFirst("guards: \\[negative_rest]", "guards: [be_nice]"));
        assertEquals("rules[" + ruleAt(shipped(), "guards: \\[negative_rest]") + "].guards[0]", e.field());
        assertTrue(e.getMessage().contains("unknown guard 'be_nice'"), e.getMessage());
    }

    @Test
    void misspelledFieldIsReported() throws IOException {
        CoachRulesException e = loadBroken(shipped().replaceFirst("guards: \\[negative_rest]", "gaurds: [negative_rest]"));
        assertEquals("rules[" + ruleAt(shipped(), "guards: \\[negative_rest]") + "].gaurds", e.field());
    }

    @Test
    void unknownPlaceholderIsReported() throws IOException {
        CoachRulesException e = loadBroken(shipped().replaceFirst("\\{\\{threats}}", "{{threatz}}"));
        assertEquals("rules[" + ruleAt(shipped(), "\\{\\{threats}}") + "].pattern", e.field());
        assertTrue(e.getMessage().contains("{{threatz}}"), e.getMessage());
    }

    @Test
    void missingRequiredListIsReported() throws IOException {
        CoachRulesException e = loadBroken(shipped().replaceFirst("(?m)^  appreciation:", "  appreciations:"));
        assertEquals("lists.appreciation", e.field());
    }

    @Test
    void missingPatternIsReported() throws IOException {
        String yaml = "lists: {appreciation: [a], criticism: [b], negative_markers: [c], room_for_no: [d],\n"
                + "  negators_before: [e], you_object_preceders: [f]}\n"
                + "kinds: {JUDGMENT: {explanation: x, direction: y}, DEMAND: {explanation: x, direction: y},\n"
                + "  ABSOLUTE: {explanation: x, direction: y}, PRESSURE_TO_SHARE: {explanation: x, direction: y},\n"
                + "  DISGUISED_JUDGMENT: {explanation: x, direction: y}, ULTIMATUM: {explanation: x, direction: y},\n"
                + "  SAFETY: {explanation: x, direction: y}}\n"
                + "rules:\n  - id: one\n    kind: JUDGMENT\n";
        CoachRulesException e = loadBroken(yaml);
        assertEquals("rules[0].pattern", e.field());
        assertTrue(e.getMessage().contains("is missing"), e.getMessage());
    }

    @Test
    void yamlSyntaxErrorIsReportedWithItsLine() throws IOException {
        CoachRulesException e = loadBroken("lists:\n  appreciation: [unclosed\nrules: x\n");
        assertEquals("(YAML syntax)", e.field());
        assertTrue(e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void misspelledFieldNamesItsLine() throws IOException {
        CoachRulesException e = loadBroken(shipped().replaceFirst("guards: \\[negative_rest]", "gaurds: [negative_rest]"));
        assertTrue(e.line() > 0, e.getMessage());
        assertTrue(e.getMessage().contains("line " + e.line()), e.getMessage());
        assertTrue(e.getMessage().contains("allowed:"), e.getMessage());
    }

    @Test
    void aWordListThatIsNotAListIsReported() throws IOException {
        CoachRulesException e = loadBroken(shipped().replaceFirst("(?m)^  threats: \\[", "  threats: \"leaving\"\n  ignored: ["));
        assertEquals("lists.threats", e.field());
        assertTrue(e.getMessage().contains("must be a list"), e.getMessage());
    }

    @Test
    void anEmptyFileIsReported() throws IOException {
        CoachRulesException e = loadBroken("# nothing here\n");
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void aMissingStructureTextIsReported() throws IOException {
        CoachRulesException e = loadBroken(shipped().replaceFirst("(?m)^  you-keep:", "  you-kept:"));
        assertEquals("structures.you-kept", e.field());
        assertTrue(e.getMessage().contains("no structural rule has this id"), e.getMessage());
    }

    @Test
    void missingResourceIsReported() {
        CoachRulesException e = assertThrows(CoachRulesException.class,
                () -> CoachRules.loadResource("/commonground/language/no-such-rules.yaml"));
        assertTrue(e.getMessage().contains("no-such-rules.yaml"), e.getMessage());
    }
}
