package commonground.language;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The shape of {@code coach-rules.yaml}, bound by Jackson, and the checks that turn it into
 * {@link CoachRules}. Every problem becomes a {@link CoachRulesException} naming the file, the
 * field and, where Jackson knows it, the line.
 */
final class CoachRulesFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    /** The whole file. */
    record Root(Integer version, Map<String, List<String>> lists, Map<String, String> fragments,
                Map<String, KindEntry> kinds, Map<String, StructureEntry> structures, List<RuleEntry> rules,
                List<MoveEntry> goodMoves) {
    }

    /** Text shown for a kind unless a rule overrides it. */
    record KindEntry(String explanation, String direction, String example) {
    }

    /** The texts of a structural rule as written (its logic is code: {@link Structures}). */
    record StructureEntry(String kind, String explanation, String direction, String example) {
    }

    /** One finding rule as written. */
    record RuleEntry(String id, String kind, String pattern, List<String> guards, String explanation,
                     String direction, String example) {
    }

    /** One good-move pattern as written. */
    record MoveEntry(String id, String kind, String pattern, String message) {
    }

    private final String source;
    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final Map<String, String> fragments = new LinkedHashMap<>();
    private final Map<FindingKind, KindEntry> kinds = new EnumMap<>(FindingKind.class);

    private CoachRulesFile(String source) {
        this.source = source;
    }

    /** Reads, binds and checks a rules file. */
    static CoachRules read(String source, InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        CoachRulesFile file = new CoachRulesFile(source);
        if (text.isBlank()) {
            throw file.error("(root)", "the file is empty");
        }
        Root root;
        try {
            JsonNode tree = YAML.readTree(text); // syntax first, so a YAML error is reported as one
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw file.error("(root)", "the file is empty");
            }
            if (!tree.isObject()) {
                throw file.error("(root)", "expected a mapping with lists, fragments, kinds, rules and goodMoves");
            }
            root = YAML.readValue(text, Root.class);
        } catch (JsonParseException e) {
            throw new CoachRulesException(source, "(YAML syntax)", e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr()), e);
        } catch (JsonMappingException e) {
            String field = fieldPath(e);
            throw new CoachRulesException(source, field.isEmpty() ? "(root)" : field, describe(e), line(e), e);
        }
        return file.check(root);
    }

    private CoachRulesException error(String field, String problem) {
        return new CoachRulesException(source, field, problem, null);
    }

    private CoachRules check(Root root) {
        readLists(required(root.lists(), "lists"));
        if (root.fragments() != null) {
            readFragments(root.fragments());
        }
        readKinds(required(root.kinds(), "kinds"));
        List<CoachRules.Rule> rules = readRules(required(root.rules(), "rules"));
        List<CoachRules.MoveRule> moves = root.goodMoves() == null ? List.of() : readMoves(root.goodMoves());
        return new CoachRules(source, rules, moves, lists, readStructures(required(root.structures(), "structures")));
    }

    private Map<String, CoachRules.Structure> readStructures(Map<String, StructureEntry> in) {
        Map<String, CoachRules.Structure> out = new LinkedHashMap<>();
        for (Map.Entry<String, StructureEntry> e : in.entrySet()) {
            String field = "structures." + e.getKey();
            if (!Structures.IDS.contains(e.getKey())) {
                throw error(field, "no structural rule has this id (known: " + String.join(", ", Structures.IDS) + ")");
            }
            StructureEntry s = required(e.getValue(), field);
            FindingKind kind = enumValue(FindingKind.class, text(s.kind(), field + ".kind", true), field + ".kind",
                    "finding kind");
            KindEntry defaults = kinds.get(kind);
            out.put(e.getKey(), new CoachRules.Structure(e.getKey(), kind,
                    orElse(text(s.explanation(), field + ".explanation", false), defaults.explanation()),
                    orElse(text(s.direction(), field + ".direction", false), defaults.direction()),
                    Optional.ofNullable(orElse(text(s.example(), field + ".example", false), defaults.example()))));
        }
        for (String id : Structures.IDS) {
            if (!out.containsKey(id)) {
                throw error("structures." + id, "is missing (the coach's code uses it)");
            }
        }
        return out;
    }

    private <T> T required(T value, String field) {
        if (value == null) {
            throw error(field, "is missing");
        }
        return value;
    }

    private String text(String value, String field, boolean mandatory) {
        if (value == null) {
            if (mandatory) {
                throw error(field, "is missing");
            }
            return null;
        }
        if (value.isBlank()) {
            throw error(field, "must be a non-empty string");
        }
        return value;
    }

    private void readLists(Map<String, List<String>> in) {
        for (Map.Entry<String, List<String>> e : in.entrySet()) {
            String field = "lists." + e.getKey();
            if (e.getValue() == null || e.getValue().isEmpty()) {
                throw error(field, "must be a non-empty list of words");
            }
            Set<String> words = new LinkedHashSet<>();
            for (int i = 0; i < e.getValue().size(); i++) {
                String w = e.getValue().get(i);
                if (w == null || w.isBlank()) {
                    throw error(field + "[" + i + "]", "must be a non-empty word or phrase");
                }
                words.add(w.trim().toLowerCase(Locale.ROOT));
            }
            lists.put(e.getKey(), List.copyOf(words));
        }
        for (String name : CoachRules.REQUIRED_LISTS) {
            if (!lists.containsKey(name)) {
                throw error("lists." + name, "is missing (the guards need it)");
            }
        }
    }

    private void readFragments(Map<String, String> in) {
        for (Map.Entry<String, String> e : in.entrySet()) {
            String field = "fragments." + e.getKey();
            String regex = text(e.getValue(), field, true);
            if (lists.containsKey(e.getKey())) {
                throw error(field, "has the same name as a list");
            }
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException ex) {
                throw error(field, "invalid regular expression: " + ex.getDescription());
            }
            fragments.put(e.getKey(), regex);
        }
    }

    private void readKinds(Map<String, KindEntry> in) {
        for (Map.Entry<String, KindEntry> e : in.entrySet()) {
            String field = "kinds." + e.getKey();
            FindingKind kind = enumValue(FindingKind.class, e.getKey(), field, "finding kind");
            KindEntry k = required(e.getValue(), field);
            kinds.put(kind, new KindEntry(text(k.explanation(), field + ".explanation", true),
                    text(k.direction(), field + ".direction", true), text(k.example(), field + ".example", false)));
        }
        for (FindingKind k : FindingKind.values()) {
            if (!kinds.containsKey(k)) {
                throw error("kinds." + k.name(), "is missing");
            }
        }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String name, String field, String what) {
        try {
            return Enum.valueOf(type, name.trim());
        } catch (IllegalArgumentException e) {
            throw error(field, "unknown " + what + " '" + name + "' (known: "
                    + Arrays.toString(type.getEnumConstants()) + ")");
        }
    }

    private Pattern compile(String raw, String field) {
        Matcher m = PLACEHOLDER.matcher(text(raw, field, true));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (lists.containsKey(name)) {
                replacement = CoachRules.alternation(lists.get(name));
            } else if (fragments.containsKey(name)) {
                replacement = fragments.get(name);
            } else {
                throw error(field, "refers to {{" + name + "}}, which is neither a list nor a fragment");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        try {
            return Pattern.compile(sb.toString());
        } catch (PatternSyntaxException ex) {
            throw error(field, "invalid regular expression: " + ex.getDescription() + " near index " + ex.getIndex());
        }
    }

    private List<CoachRules.Rule> readRules(List<RuleEntry> in) {
        if (in.isEmpty()) {
            throw error("rules", "must be a non-empty list of rules");
        }
        List<CoachRules.Rule> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            String prefix = "rules[" + i + "]";
            RuleEntry item = required(in.get(i), prefix);
            String id = text(item.id(), prefix + ".id", true);
            if (!ids.add(id)) {
                throw error(prefix + ".id", "duplicate rule id '" + id + "'");
            }
            FindingKind kind = enumValue(FindingKind.class, text(item.kind(), prefix + ".kind", true),
                    prefix + ".kind", "finding kind");
            Pattern pattern = compile(item.pattern(), prefix + ".pattern");
            Set<Guard> guards = EnumSet.noneOf(Guard.class);
            List<String> names = item.guards() == null ? List.of() : item.guards();
            for (int j = 0; j < names.size(); j++) {
                try {
                    guards.add(Guard.parse(String.valueOf(names.get(j))));
                } catch (IllegalArgumentException e) {
                    throw error(prefix + ".guards[" + j + "]", e.getMessage());
                }
            }
            KindEntry defaults = kinds.get(kind);
            String explanation = orElse(text(item.explanation(), prefix + ".explanation", false), defaults.explanation());
            String direction = orElse(text(item.direction(), prefix + ".direction", false), defaults.direction());
            String example = orElse(text(item.example(), prefix + ".example", false), defaults.example());
            String regex = pattern.pattern();
            out.add(new CoachRules.Rule(id, kind, pattern, Set.copyOf(guards), regex.contains("(?<w>"),
                    regex.contains("(?<rest>"), explanation, direction, Optional.ofNullable(example)));
        }
        return out;
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private List<CoachRules.MoveRule> readMoves(List<MoveEntry> in) {
        List<CoachRules.MoveRule> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            String prefix = "goodMoves[" + i + "]";
            MoveEntry item = required(in.get(i), prefix);
            String id = text(item.id(), prefix + ".id", true);
            GoodMoveKind kind = enumValue(GoodMoveKind.class, text(item.kind(), prefix + ".kind", true),
                    prefix + ".kind", "good-move kind");
            out.add(new CoachRules.MoveRule(id, kind, compile(item.pattern(), prefix + ".pattern"),
                    text(item.message(), prefix + ".message", true)));
        }
        return out;
    }

    private static int line(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc != null && loc.getLineNr() > 0 ? loc.getLineNr() : -1;
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            return "unknown field (allowed: " + (known == null ? "" : known.stream().map(String::valueOf)
                    .sorted().collect(Collectors.joining(", "))) + ")";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            JavaType type = YAML.getTypeFactory().constructType(m.getTargetType());
            if (type.isCollectionLikeType()) {
                return "must be a list";
            }
            if (type.isMapLikeType() || type.getRawClass().isRecord()) {
                return "must be a mapping (name: value)";
            }
            if (type.getRawClass() == String.class) {
                return "must be a single word or line of text, not a list or mapping";
            }
        }
        String message = e.getOriginalMessage();
        return message == null ? "is not valid here" : message.lines().findFirst().orElse("");
    }

    /** A path such as {@code rules[3].guards[0]}. */
    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null
                        ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
