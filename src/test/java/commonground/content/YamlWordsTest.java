package commonground.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A broken content file is explained with its line and what was expected, never with the parser's own text. */
class YamlWordsTest {

    /** A small content file's shape. */
    public record Sample(String id, int minutes, List<String> steps) {
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "id: a\\ntitle: \"unclosed\\nminutes: 3\\n | line 2: this is not valid YAML: a quotation mark opened here is never closed",
        "id: a\\n\\tminutes: 3\\n | line 2: this is not valid YAML: this line is indented with a tab; please indent with spaces instead",
        "id: a: b\\nminutes: 3\\n | line 1: this is not valid YAML: a colon (:) where none was expected. If a value holds a colon, put the value in quotes; otherwise indent this line like the lines above it",
        "id: a\\nminutes: 3\\nsteps:\\n  - x\\n - y\\n | line 5: this is not valid YAML: this line is not indented like the lines above it",
        "id: {a\\n | line 1: this is not valid YAML: a bracket ({ or [) opened here is never closed",
        "id: a\\nminutes: three\\nsteps: []\\n | line 2: field 'minutes': expected a whole number, found \"three\"",
        "id: a\\nminutes: 3\\nsteps: hello\\n | line 3: field 'steps': expected a list (one entry a line, each starting with \"- \"), found \"hello\"",
        "id: [a, b]\\nminutes: 3\\nsteps: []\\n | line 1: field 'id': expected a piece of text, found a list",
    })
    void eachMistakeIsToldInPlainWordsWithItsLine(String yaml, String expected) {
        String text = yaml.replace("\\n", "\n").replace("\\t", "\t");
        ContentException e = assertThrows(ContentException.class, () -> ContentFiles.parse("pack.yaml", text,
                Sample.class));
        assertEquals("pack.yaml: " + expected, e.getMessage());
        for (String raw : List.of("reader", "scalar", "token", "java.", "`", "^", "Cannot", "JsonToken")) {
            assertFalse(e.getMessage().contains(raw), "no parser words (" + raw + "): " + e.getMessage());
        }
    }
}
