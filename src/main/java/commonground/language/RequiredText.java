package commonground.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a rule's regular expression and works out text that any match must contain, so the coach
 * can skip a rule whose pattern cannot match a sentence without running it (see {@link RuleScreen}).
 *
 * <p>For each top-level alternative of the pattern the answer is a list of sets of strings: a match
 * through that alternative contains, for every set, at least one of its strings. An alternative
 * with an empty list could match anything. Only what is certain is kept: optional parts, classes,
 * {@code \w}, {@code .} and negative look-arounds require nothing. A pattern using anything this
 * reader does not know (inline flags, back references, octal or hex escapes) gets {@code null}:
 * no screening, the pattern always runs.
 */
final class RequiredText {

    /** Above this many strings a set of alternatives is no longer spelled out. */
    private static final int MAX_STRINGS = 128;

    private final String regex;
    private int pos;

    private RequiredText(String regex) {
        this.regex = regex;
    }

    /** What a part of the pattern requires: the exact strings it can match (or null), and sets it must contain. */
    private record Need(Set<String> exact, List<Set<String>> sets) {
        static final Need NOTHING = new Need(null, List.of());
        static final Need EMPTY = new Need(Set.of(""), List.of());
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /**
     * For each top-level alternative, the sets of strings a match through it must contain; {@code null}
     * when the pattern is beyond this reader or some alternative requires nothing.
     */
    static List<List<Set<String>>> of(String regex) {
        RequiredText reader = new RequiredText(regex);
        try {
            List<List<Set<String>>> out = new ArrayList<>();
            while (true) {
                Need branch = reader.sequence();
                List<Set<String>> sets = new ArrayList<>(branch.sets());
                if (branch.exact() != null && !branch.exact().contains("")) {
                    sets.add(branch.exact());
                }
                if (sets.isEmpty()) {
                    return null;
                }
                out.add(sets);
                if (reader.pos >= regex.length()) {
                    return out;
                }
                if (regex.charAt(reader.pos) != '|') {
                    return null; // an unbalanced ')': let the pattern run
                }
                reader.pos++;
            }
        } catch (Unsupported | IndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }

    /** Alternatives up to a ')' (not consumed) or the end. */
    private Need alternation() {
        List<Need> branches = new ArrayList<>();
        branches.add(sequence());
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Set<String> exact = new LinkedHashSet<>();
        Set<String> anyOf = new LinkedHashSet<>();
        boolean allRequire = true;
        for (Need b : branches) {
            if (exact != null && b.exact() != null) {
                exact.addAll(b.exact());
            } else {
                exact = null;
            }
            Set<String> best = best(b);
            if (best == null) {
                allRequire = false;
            } else if (allRequire) {
                anyOf.addAll(best);
            }
        }
        if (exact != null && exact.size() > MAX_STRINGS) {
            exact = null;
        }
        // spelled out, the strings themselves say what is needed
        return new Need(exact, exact == null && allRequire ? List.of(anyOf) : List.of());
    }

    /** The most telling set a part requires (longest shortest string), or null if it requires nothing. */
    private static Set<String> best(Need n) {
        List<Set<String>> all = new ArrayList<>(n.sets());
        if (n.exact() != null && !n.exact().contains("")) {
            all.add(n.exact());
        }
        return all.stream().max(Comparator.comparingInt(RequiredText::shortest)
                .thenComparing(Comparator.comparingInt((Set<String> s) -> s.size()).reversed())).orElse(null);
    }

    static int shortest(Set<String> set) {
        int min = Integer.MAX_VALUE;
        for (String s : set) {
            min = Math.min(min, s.length());
        }
        return min;
    }

    /** Items up to '|', ')' or the end. */
    private Need sequence() {
        List<Set<String>> sets = new ArrayList<>();
        Set<String> run = Set.of("");
        boolean allExact = true;
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            Need atom = atom();
            int[] q = quantifier();
            Set<String> exact = null;
            if (atom.exact() != null) {
                if (atom.exact().equals(Set.of(""))) {
                    exact = atom.exact();
                } else if (q[0] == 1 && q[1] == 1) {
                    exact = atom.exact();
                } else if (q[0] == 0 && q[1] == 1) {
                    exact = new LinkedHashSet<>(atom.exact());
                    exact.add("");
                }
            }
            if (exact != null) {
                Set<String> joined = product(run, exact);
                if (joined == null) {
                    close(run, sets);
                    allExact = false;
                    run = exact.size() <= MAX_STRINGS ? exact : Set.of("");
                } else {
                    run = joined;
                }
            } else {
                close(run, sets);
                allExact = false;
                run = Set.of("");
            }
            if (q[0] >= 1) {
                sets.addAll(atom.sets()); // a mandatory part's needs hold (a look-ahead's too)
                if (exact == null && atom.exact() != null && !atom.exact().contains("")) {
                    sets.add(atom.exact()); // repeated: "(?:ab|cd)+" still holds ab or cd
                }
            }
        }
        if (allExact) {
            return new Need(run, sets);
        }
        close(run, sets);
        return new Need(null, sets);
    }

    private static void close(Set<String> run, List<Set<String>> sets) {
        if (!run.contains("")) {
            sets.add(run);
        }
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        if ((long) a.size() * b.size() > MAX_STRINGS) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                out.add(x + y);
            }
        }
        return out;
    }

    /** {min, max} of the quantifier after an atom (max -1 for no limit); {1, 1} when there is none. */
    private int[] quantifier() {
        if (pos >= regex.length()) {
            return new int[] {1, 1};
        }
        int[] q;
        char c = regex.charAt(pos);
        if (c == '?') {
            q = new int[] {0, 1};
            pos++;
        } else if (c == '*') {
            q = new int[] {0, -1};
            pos++;
        } else if (c == '+') {
            q = new int[] {1, -1};
            pos++;
        } else if (c == '{') {
            int close = regex.indexOf('}', pos);
            String[] parts = regex.substring(pos + 1, close).split(",", -1);
            int min = Integer.parseInt(parts[0].trim());
            int max = parts.length == 1 ? min : parts[1].isBlank() ? -1 : Integer.parseInt(parts[1].trim());
            q = new int[] {min, max};
            pos = close + 1;
        } else {
            return new int[] {1, 1};
        }
        if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
            pos++; // lazy or possessive: the same strings either way
        }
        return q;
    }

    private Need atom() {
        char c = regex.charAt(pos++);
        switch (c) {
            case '(':
                return group();
            case '[':
                skipClass();
                return Need.NOTHING;
            case '.':
                return Need.NOTHING;
            case '^', '$':
                return Need.EMPTY;
            case '\\':
                return escape();
            case '*', '+', '?', '{', ')', '|':
                throw new Unsupported();
            default:
                return literal(String.valueOf(c));
        }
    }

    private static Need literal(String s) {
        return new Need(Set.of(s), List.of());
    }

    private Need group() {
        boolean lookahead = false;
        boolean ignore = false;
        if (regex.startsWith("?:", pos) || regex.startsWith("?>", pos)) {
            pos += 2;
        } else if (regex.startsWith("?=", pos)) {
            pos += 2;
            lookahead = true;
        } else if (regex.startsWith("?!", pos) || regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
            pos += regex.charAt(pos + 1) == '!' ? 2 : 3;
            ignore = true;
        } else if (regex.startsWith("?<", pos)) {
            int close = regex.indexOf('>', pos);
            for (int i = pos + 2; i < close; i++) {
                if (!Character.isLetterOrDigit(regex.charAt(i))) {
                    throw new Unsupported();
                }
            }
            pos = close + 1;
        } else if (regex.startsWith("?", pos)) {
            throw new Unsupported(); // inline flags and the like
        }
        Need inner = alternation();
        if (pos >= regex.length() || regex.charAt(pos) != ')') {
            throw new Unsupported();
        }
        pos++;
        if (ignore) {
            return Need.EMPTY;
        }
        if (lookahead) {
            return new Need(Set.of(""), best(inner) == null ? List.of() : List.of(best(inner)));
        }
        return inner;
    }

    private void skipClass() {
        int depth = 1;
        if (pos < regex.length() && regex.charAt(pos) == '^') {
            pos++;
        }
        if (pos < regex.length() && regex.charAt(pos) == ']') {
            pos++; // a ']' first is a literal
        }
        while (depth > 0) {
            char c = regex.charAt(pos++);
            if (c == '\\') {
                pos++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
    }

    private Need escape() {
        char c = regex.charAt(pos++);
        if (c == 'Q') {
            int end = regex.indexOf("\\E", pos);
            String quoted = end < 0 ? regex.substring(pos) : regex.substring(pos, end);
            pos = end < 0 ? regex.length() : end + 2;
            return literal(quoted);
        }
        if ("bBAGzZ".indexOf(c) >= 0) {
            return Need.EMPTY;
        }
        if ("sSwWdDhHvVRX".indexOf(c) >= 0) {
            return Need.NOTHING;
        }
        if (c == 'p' || c == 'P') {
            if (regex.charAt(pos) == '{') {
                pos = regex.indexOf('}', pos) + 1;
            } else {
                pos++;
            }
            return Need.NOTHING;
        }
        if (c == 't') {
            return literal("\t");
        }
        if (c == 'n') {
            return literal("\n");
        }
        if (c == 'r') {
            return literal("\r");
        }
        if (Character.isLetterOrDigit(c)) {
            throw new Unsupported(); // back references and numeric escapes: not worth reading
        }
        return literal(String.valueOf(c));
    }
}
