package commonground.language;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The coach's rule set, read from a YAML file (by default
 * {@value #DEFAULT_RESOURCE} on the classpath). Immutable and thread-safe once loaded.
 *
 * <p>A malformed file fails with a {@link CoachRulesException} naming the file and the field.
 */
public final class CoachRules {

    /** Classpath location of the rules that ship with the app. */
    public static final String DEFAULT_RESOURCE = "/commonground/language/coach-rules.yaml";

    /** Lists the guards rely on; the file must define them. */
    static final List<String> REQUIRED_LISTS = List.of(
            "appreciation", "criticism", "negative_markers", "room_for_no", "negators_before", "you_object_preceders");

    private static final Set<String> TOP_LEVEL = Set.of("version", "lists", "fragments", "kinds", "rules", "goodMoves");
    private static final Set<String> RULE_FIELDS = Set.of("id", "kind", "pattern", "guards", "explanation", "direction", "example");
    private static final Set<String> MOVE_FIELDS = Set.of("id", "kind", "pattern", "message");
    private static final Set<String> KIND_FIELDS = Set.of("explanation", "direction", "example");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    /** Text shown for a kind unless a rule overrides it. */
    record KindText(String explanation, String direction, String example) {
    }

    /** One finding rule, compiled. */
    record Rule(String id, FindingKind kind, Pattern pattern, Set<Guard> guards, boolean hasKeyWord,
                boolean hasRest, String explanation, String direction, Optional<String> example) {
    }

    /** One good-move pattern, compiled. */
    record MoveRule(String id, GoodMoveKind kind, Pattern pattern, String message) {
    }

    private final String source;
    private final List<Rule> rules;
    private final List<MoveRule> moves;
    private final Pattern appreciation;
    private final Pattern criticism;
    private final Pattern negativeRest;
    private final Pattern roomForNo;
    private final Pattern negatorsBefore;
    private final Set<String> youObjectPreceders;

    private CoachRules(String source, List<Rule> rules, List<MoveRule> moves, Map<String, List<String>> lists) {
        this.source = source;
        this.rules = List.copyOf(rules);
        this.moves = List.copyOf(moves);
        this.appreciation = wordsPattern(lists.get("appreciation"));
        this.criticism = wordsPattern(lists.get("criticism"));
        List<String> negative = new ArrayList<>(lists.get("negative_markers"));
        negative.addAll(lists.get("criticism"));
        negative.addAll(lists.getOrDefault("judgment_strong", List.of()));
        negative.addAll(lists.getOrDefault("judgment_mild", List.of()));
        this.negativeRest = wordsPattern(negative);
        this.roomForNo = wordsPattern(lists.get("room_for_no"));
        this.negatorsBefore = wordsPattern(lists.get("negators_before"));
        this.youObjectPreceders = Set.copyOf(lists.get("you_object_preceders"));
    }

    private static final class DefaultHolder {
        static final CoachRules INSTANCE = loadResource(DEFAULT_RESOURCE);
    }

    /** The rules that ship with the app, loaded once on first use and shared. */
    public static CoachRules defaults() {
        return DefaultHolder.INSTANCE;
    }

    /** Loads rules from a classpath resource, e.g. {@code /commonground/language/coach-rules.yaml}. */
    public static CoachRules loadResource(String resourcePath) {
        URL url = CoachRules.class.getResource(resourcePath);
        if (url == null) {
            throw new CoachRulesException(resourcePath, "(file)", "not found on the classpath", null);
        }
        return load(url);
    }

    /** Loads rules from a URL (a classpath resource URL, or a {@code file:} URL). */
    public static CoachRules load(URL url) {
        String source = url.toString();
        try (InputStream in = url.openStream()) {
            return parse(source, in);
        } catch (IOException e) {
            throw new CoachRulesException(source, "(file)", "could not be read: " + e.getMessage(), e);
        }
    }

    static CoachRules parse(String source, InputStream in) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (JsonProcessingException e) {
            throw new CoachRulesException(source, "(YAML syntax)", e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr()), e);
        }
        return new Parser(source).parse(root);
    }

    /** Where these rules came from. */
    public String source() {
        return source;
    }

    /** Number of finding rules. */
    public int ruleCount() {
        return rules.size();
    }

    /** Number of good-move patterns. */
    public int goodMoveCount() {
        return moves.size();
    }

    List<Rule> rules() {
        return rules;
    }

    List<MoveRule> moves() {
        return moves;
    }

    boolean isAppreciation(String sentence) {
        return appreciation.matcher(sentence).find() && !criticism.matcher(sentence).find();
    }

    boolean hasRoomForNo(String sentence) {
        return roomForNo.matcher(sentence).find();
    }

    boolean isNegatedBefore(String prefix) {
        return negatorsBefore.matcher(prefix).find();
    }

    boolean isNegative(String text) {
        return negativeRest.matcher(text).find();
    }

    boolean isObjectPreceder(String token) {
        return youObjectPreceders.contains(token);
    }

    /** Regex alternation of list entries, longest first, each bounded so it matches whole words. */
    static String alternation(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            String[] parts = sorted.get(i).trim().toLowerCase(Locale.ROOT).split("\\s+");
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    sb.append("\\s+");
                }
                sb.append(Pattern.quote(parts[p]));
            }
        }
        return sb.append(')').toString();
    }

    private static Pattern wordsPattern(List<String> words) {
        return Pattern.compile("(?<![\\w'])" + alternation(words) + "(?![\\w'])");
    }

    /** Validating reader: every problem is reported with the path of the field at fault. */
    private static final class Parser {
        private final String source;
        private final Map<String, List<String>> lists = new HashMap<>();
        private final Map<String, String> fragments = new HashMap<>();
        private final Map<FindingKind, KindText> kinds = new EnumMap<>(FindingKind.class);

        Parser(String source) {
            this.source = source;
        }

        CoachRulesException error(String field, String problem) {
            return new CoachRulesException(source, field, problem, null);
        }

        CoachRules parse(JsonNode root) {
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw error("(root)", "the file is empty");
            }
            if (!root.isObject()) {
                throw error("(root)", "expected a mapping with lists, fragments, kinds, rules and goodMoves");
            }
            checkFields(root, TOP_LEVEL, "");
            readLists(required(root, "lists", ""));
            JsonNode frag = root.get("fragments");
            if (frag != null) {
                readFragments(frag);
            }
            readKinds(required(root, "kinds", ""));
            List<Rule> rules = readRules(required(root, "rules", ""));
            List<MoveRule> moves = new ArrayList<>();
            JsonNode mv = root.get("goodMoves");
            if (mv != null) {
                moves = readMoves(mv);
            }
            return new CoachRules(source, rules, moves, lists);
        }

        private void checkFields(JsonNode node, Set<String> allowed, String path) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw error(path + name, "unknown field (allowed: " + String.join(", ", allowed) + ")");
                }
            }
        }

        private JsonNode required(JsonNode parent, String name, String prefix) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                throw error(prefix + name, "is missing");
            }
            return n;
        }

        private String text(JsonNode parent, String name, String prefix, boolean mandatory) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                if (mandatory) {
                    throw error(prefix + name, "is missing");
                }
                return null;
            }
            if (!n.isTextual() || n.asText().isBlank()) {
                throw error(prefix + name, "must be a non-empty string");
            }
            return n.asText();
        }

        private void readLists(JsonNode node) {
            if (!node.isObject()) {
                throw error("lists", "must be a mapping from list name to a list of words");
            }
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String field = "lists." + e.getKey();
                if (!e.getValue().isArray() || e.getValue().isEmpty()) {
                    throw error(field, "must be a non-empty list of words");
                }
                List<String> words = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < e.getValue().size(); i++) {
                    JsonNode w = e.getValue().get(i);
                    if (!w.isValueNode() || w.asText().isBlank()) {
                        throw error(field + "[" + i + "]", "must be a non-empty word or phrase");
                    }
                    String word = w.asText().trim().toLowerCase(Locale.ROOT);
                    if (seen.add(word)) {
                        words.add(word);
                    }
                }
                lists.put(e.getKey(), List.copyOf(words));
            }
            for (String name : REQUIRED_LISTS) {
                if (!lists.containsKey(name)) {
                    throw error("lists." + name, "is missing (the guards need it)");
                }
            }
        }

        private void readFragments(JsonNode node) {
            if (!node.isObject()) {
                throw error("fragments", "must be a mapping from fragment name to a regular expression");
            }
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String field = "fragments." + e.getKey();
                if (!e.getValue().isTextual()) {
                    throw error(field, "must be a string holding a regular expression");
                }
                if (lists.containsKey(e.getKey())) {
                    throw error(field, "has the same name as a list");
                }
                String regex = e.getValue().asText();
                try {
                    Pattern.compile(regex);
                } catch (PatternSyntaxException ex) {
                    throw error(field, "invalid regular expression: " + ex.getDescription());
                }
                fragments.put(e.getKey(), regex);
            }
        }

        private void readKinds(JsonNode node) {
            if (!node.isObject()) {
                throw error("kinds", "must be a mapping from finding kind to its texts");
            }
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                FindingKind kind = findingKind(e.getKey(), "kinds." + e.getKey());
                String prefix = "kinds." + e.getKey() + ".";
                if (!e.getValue().isObject()) {
                    throw error("kinds." + e.getKey(), "must be a mapping with explanation, direction, example");
                }
                checkFields(e.getValue(), KIND_FIELDS, prefix);
                kinds.put(kind, new KindText(text(e.getValue(), "explanation", prefix, true),
                        text(e.getValue(), "direction", prefix, true),
                        text(e.getValue(), "example", prefix, false)));
            }
            for (FindingKind k : FindingKind.values()) {
                if (!kinds.containsKey(k)) {
                    throw error("kinds." + k.name(), "is missing");
                }
            }
        }

        private FindingKind findingKind(String name, String field) {
            try {
                return FindingKind.valueOf(name.trim());
            } catch (IllegalArgumentException e) {
                throw error(field, "unknown finding kind '" + name + "' (known: "
                        + java.util.Arrays.toString(FindingKind.values()) + ")");
            }
        }

        private Pattern compile(JsonNode item, String prefix) {
            String raw = text(item, "pattern", prefix, true);
            Matcher m = PLACEHOLDER.matcher(raw);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String replacement;
                if (lists.containsKey(name)) {
                    replacement = alternation(lists.get(name));
                } else if (fragments.containsKey(name)) {
                    replacement = fragments.get(name);
                } else {
                    throw error(prefix + "pattern", "refers to {{" + name + "}}, which is neither a list nor a fragment");
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(sb);
            try {
                return Pattern.compile(sb.toString());
            } catch (PatternSyntaxException ex) {
                throw error(prefix + "pattern", "invalid regular expression: " + ex.getDescription()
                        + " near index " + ex.getIndex());
            }
        }

        private List<Rule> readRules(JsonNode node) {
            if (!node.isArray() || node.isEmpty()) {
                throw error("rules", "must be a non-empty list of rules");
            }
            List<Rule> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String prefix = "rules[" + i + "].";
                if (!item.isObject()) {
                    throw error("rules[" + i + "]", "must be a mapping with id, kind and pattern");
                }
                checkFields(item, RULE_FIELDS, prefix);
                String id = text(item, "id", prefix, true);
                if (!ids.add(id)) {
                    throw error(prefix + "id", "duplicate rule id '" + id + "'");
                }
                FindingKind kind = findingKind(text(item, "kind", prefix, true), prefix + "kind");
                Pattern pattern = compile(item, prefix);
                Set<Guard> guards = EnumSet.noneOf(Guard.class);
                JsonNode g = item.get("guards");
                if (g != null) {
                    if (!g.isArray()) {
                        throw error(prefix + "guards", "must be a list of guard names");
                    }
                    for (int j = 0; j < g.size(); j++) {
                        try {
                            guards.add(Guard.parse(g.get(j).asText()));
                        } catch (IllegalArgumentException e) {
                            throw error(prefix + "guards[" + j + "]", e.getMessage());
                        }
                    }
                }
                KindText defaults = kinds.get(kind);
                String explanation = Optional.ofNullable(text(item, "explanation", prefix, false)).orElse(defaults.explanation());
                String direction = Optional.ofNullable(text(item, "direction", prefix, false)).orElse(defaults.direction());
                String example = Optional.ofNullable(text(item, "example", prefix, false)).orElse(defaults.example());
                String regex = pattern.pattern();
                out.add(new Rule(id, kind, pattern, Set.copyOf(guards), regex.contains("(?<w>"),
                        regex.contains("(?<rest>"), explanation, direction, Optional.ofNullable(example)));
            }
            return out;
        }

        private List<MoveRule> readMoves(JsonNode node) {
            if (!node.isArray()) {
                throw error("goodMoves", "must be a list of good-move patterns");
            }
            List<MoveRule> out = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String prefix = "goodMoves[" + i + "].";
                if (!item.isObject()) {
                    throw error("goodMoves[" + i + "]", "must be a mapping with id, kind, pattern and message");
                }
                checkFields(item, MOVE_FIELDS, prefix);
                String id = text(item, "id", prefix, true);
                String kindName = text(item, "kind", prefix, true);
                GoodMoveKind kind;
                try {
                    kind = GoodMoveKind.valueOf(kindName.trim());
                } catch (IllegalArgumentException e) {
                    throw error(prefix + "kind", "unknown good-move kind '" + kindName + "' (known: "
                            + java.util.Arrays.toString(GoodMoveKind.values()) + ")");
                }
                out.add(new MoveRule(id, kind, compile(item, prefix), text(item, "message", prefix, true)));
            }
            return out;
        }
    }
}
