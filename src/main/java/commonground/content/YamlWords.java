package commonground.content;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a YAML file, in plain words, with the line to look at: never the parser's own
 * text (which quotes Java types and tokens a person cannot act on).
 */
final class YamlWords {

    private static final Pattern MARK = Pattern.compile("line (\\d+), column \\d+");
    private static final Pattern TYPE = Pattern.compile("(?:value of type|instance of) `([^`]+)`");
    private static final Pattern FOUND_TEXT = Pattern.compile("from String \"([^\"]*)\"|String value \\('([^']*)'\\)");

    private YamlWords() {
    }

    /** "line 4: this is not valid YAML: a quotation mark opened here is never closed". */
    static String syntax(JsonProcessingException e) {
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        List<Integer> marks = new ArrayList<>();
        Matcher m = MARK.matcher(raw);
        while (m.find()) {
            marks.add(Integer.parseInt(m.group(1)));
        }
        int first = marks.isEmpty() ? lineOf(e) : marks.get(0);
        int last = marks.isEmpty() ? lineOf(e) : marks.get(marks.size() - 1);
        String what;
        int line = last;
        if (raw.contains("quoted scalar")) {
            what = "a quotation mark opened here is never closed";
            line = first;
        } else if (raw.contains("(TAB)") || raw.contains("'\\t'")) {
            what = "this line is indented with a tab; please indent with spaces instead";
        } else if (raw.contains("flow mapping") || raw.contains("flow sequence")) {
            what = "a bracket ({ or [) opened here is never closed";
            line = first;
        } else if (raw.contains("mapping values are not allowed")) {
            what = "a colon (:) where none was expected. If a value holds a colon, put the value in quotes; "
                    + "otherwise indent this line like the lines above it";
        } else if (raw.contains("could not find expected ':'")) {
            what = "a line without a colon; each field is written as name: value";
        } else if (raw.contains("expected <block end>") || raw.contains("did not find expected")
                || raw.contains("while parsing a block")) {
            what = "this line is not indented like the lines above it";
        } else {
            what = "please check the indentation, the colons and the quotation marks here";
        }
        return (line > 0 ? "line " + line + ": " : "") + "this is not valid YAML: " + what;
    }

    /** "expected a whole number, found \"three\"", for a value of the wrong kind; null when the message is not about that. */
    static String wrongKind(String raw) {
        if (raw == null || !(raw.startsWith("Cannot deserialize") || raw.startsWith("Cannot construct"))) {
            return null;
        }
        Matcher type = TYPE.matcher(raw);
        String expected = type.find() ? kind(type.group(1)) : "a different kind of value";
        Matcher text = FOUND_TEXT.matcher(raw);
        String found;
        if (text.find()) {
            found = "\"" + (text.group(1) != null ? text.group(1) : text.group(2)) + "\"";
        } else if (raw.contains("from Array value")) {
            found = "a list";
        } else if (raw.contains("from Object value")) {
            found = "fields (name: value)";
        } else {
            found = null;
        }
        return "expected " + expected + (found == null ? "" : ", found " + found);
    }

    private static String kind(String javaType) {
        String t = javaType.replaceAll("<.*", "");
        t = t.substring(t.lastIndexOf('.') + 1);
        return switch (t) {
            case "int", "Integer", "long", "Long", "short", "Short" -> "a whole number";
            case "double", "Double", "float", "Float", "BigDecimal" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            case "String" -> "a piece of text";
            case "List", "ArrayList", "Set", "HashSet", "LinkedHashSet", "Collection" ->
                    "a list (one entry a line, each starting with \"- \")";
            default -> "fields (name: value)";
        };
    }

    private static int lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }
}
