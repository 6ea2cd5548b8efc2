package commonground.language;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The coach's rule set, read from a YAML file (by default
 * {@value #DEFAULT_RESOURCE} on the classpath). Immutable and thread-safe once loaded.
 *
 * <p>The file is bound and checked by {@link CoachRulesFile}; a malformed file fails with a
 * {@link CoachRulesException} naming the file, the field and, where known, the line.
 */
public final class CoachRules {

    /** Classpath location of the rules that ship with the app. */
    public static final String DEFAULT_RESOURCE = "/commonground/language/coach-rules.yaml";

    /** Lists the guards rely on; the file must define them. */
    static final List<String> REQUIRED_LISTS = List.of(
            "appreciation", "criticism", "negative_markers", "room_for_no", "negators_before", "you_object_preceders");

    /** One finding rule, compiled. */
    record Rule(String id, FindingKind kind, Pattern pattern, Set<Guard> guards, boolean hasKeyWord,
                boolean hasRest, String explanation, String direction, Optional<String> example) {
    }

    /** The texts of a structural rule ({@link Structures}), which has no pattern in the file. */
    record Structure(String id, FindingKind kind, String explanation, String direction, Optional<String> example) {
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
    private final Map<String, Set<String>> wordSets;
    private final Map<String, Structure> structures;
    private final Pattern urgency;
    private final RuleScreen screen;

    CoachRules(String source, List<Rule> rules, List<MoveRule> moves, Map<String, List<String>> lists,
               Map<String, Structure> structures) {
        this.source = source;
        this.rules = List.copyOf(rules);
        this.moves = List.copyOf(moves);
        this.appreciation = wordsPattern(lists.get("appreciation"));
        this.criticism = wordsPattern(lists.get("criticism"));
        List<String> negative = new ArrayList<>(lists.get("negative_markers"));
        negative.addAll(lists.get("criticism"));
        negative.addAll(lists.getOrDefault("judgment_strong", List.of()));
        negative.addAll(lists.getOrDefault("judgment_mild", List.of()));
        negative.addAll(lists.getOrDefault("labels", List.of()));
        this.negativeRest = wordsPattern(negative);
        this.roomForNo = wordsPattern(lists.get("room_for_no"));
        this.negatorsBefore = wordsPattern(lists.get("negators_before"));
        this.youObjectPreceders = Set.copyOf(lists.get("you_object_preceders"));
        Map<String, Set<String>> sets = new java.util.HashMap<>();
        lists.forEach((name, words) -> sets.put(name, Set.copyOf(words)));
        this.wordSets = Map.copyOf(sets);
        this.structures = Map.copyOf(structures);
        List<String> urgent = lists.get("urgency_phrases");
        this.urgency = urgent == null ? Pattern.compile("(?!)") : wordsPattern(urgent);
        List<Pattern> patterns = new ArrayList<>();
        this.rules.forEach(r -> patterns.add(r.pattern()));
        this.moves.forEach(m -> patterns.add(m.pattern()));
        this.screen = new RuleScreen(patterns);
    }

    private static final class DefaultHolder {
        static final CoachRules INSTANCE = loaded();

        private static CoachRules loaded() {
            ModelLoading.record(DEFAULT_RESOURCE);
            return loadResource(DEFAULT_RESOURCE);
        }
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
        return CoachRulesFile.read(source, in);
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

    /** Skips patterns that cannot match: finding rule {@code i} is pattern i, good move {@code j} is rules().size() + j. */
    RuleScreen screen() {
        return screen;
    }

    boolean isAppreciation(String sentence) {
        String hedged = sentence.replace("kind of", "kinda"); // a hedge, not kindness
        return appreciation.matcher(hedged).find() && !criticism.matcher(hedged).find();
    }

    boolean hasRoomForNo(String sentence) {
        return roomForNo.matcher(sentence).find();
    }

    /** True if the text opens with a phrase that leaves room for no ("Take your time, ..."). */
    boolean opensWithRoomForNo(String text) {
        return roomForNo.matcher(text).lookingAt();
    }

    boolean isNegatedBefore(String prefix) {
        return negatorsBefore.matcher(prefix).find();
    }

    boolean isNegative(String text) {
        return negativeRest.matcher(text).find();
    }

    /** True if the word list {@code name} holds {@code word} (a word or a phrase, lower case). */
    boolean inList(String name, String word) {
        Set<String> set = wordSets.get(name);
        return set != null && set.contains(word);
    }

    /** True if the text holds a phrase that makes a request urgent ("right away", "from now on"). */
    boolean hasStrongUrgency(String text) {
        return urgency.matcher(text).find();
    }

    /** The texts for a structural rule; every id in {@link Structures#IDS} is present. */
    Structure structure(String id) {
        return structures.get(id);
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
}
