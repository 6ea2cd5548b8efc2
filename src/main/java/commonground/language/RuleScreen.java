package commonground.language;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Skips patterns that cannot match a sentence. Every pattern's required text ({@link RequiredText})
 * goes into one Aho-Corasick automaton; a sentence is read through it once, and a pattern runs only
 * if one of its alternatives finds all it needs in the sentence. A pattern it cannot read always
 * runs. Screening never changes a finding: a skipped pattern would have found nothing (checked on
 * every labelled sentence by {@code RuleScreenTest}). Immutable and thread-safe.
 */
final class RuleScreen {

    /** Per pattern: alternatives, each a list of ids of phrase sets it needs; null means always run. */
    private final int[][][] needs;
    /** Per phrase: the ids of the sets that hold it. */
    private final int[][] inSets;
    private final int setCount;
    private final char[][] keys;
    private final int[][] next;
    private final int[] fail;
    private final int[][] found;

    RuleScreen(List<Pattern> patterns) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        Map<Set<String>, Integer> setIds = new LinkedHashMap<>();
        needs = new int[patterns.size()][][];
        for (int p = 0; p < patterns.size(); p++) {
            List<List<Set<String>>> branches = RequiredText.of(patterns.get(p).pattern());
            if (branches == null) {
                continue;
            }
            int[][] out = new int[branches.size()][];
            for (int b = 0; b < branches.size(); b++) {
                List<Set<String>> sets = new ArrayList<>(branches.get(b));
                // the most telling set first, so a missing one is found quickly
                sets.sort((x, y) -> Integer.compare(RequiredText.shortest(y), RequiredText.shortest(x)));
                out[b] = sets.stream().mapToInt(set -> setIds.computeIfAbsent(Set.copyOf(set), k -> setIds.size())).toArray();
            }
            needs[p] = out;
        }
        setCount = setIds.size();
        List<List<Integer>> holders = new ArrayList<>();
        for (Map.Entry<Set<String>, Integer> e : setIds.entrySet()) {
            for (String phrase : e.getKey()) {
                int id = ids.computeIfAbsent(phrase, k -> ids.size());
                if (id == holders.size()) {
                    holders.add(new ArrayList<>());
                }
                holders.get(id).add(e.getValue());
            }
        }
        inSets = new int[holders.size()][];
        for (int i = 0; i < inSets.length; i++) {
            inSets[i] = holders.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        // the automaton: a trie of the phrases, then failure links breadth first
        List<TreeMap<Character, Integer>> trie = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        trie.add(new TreeMap<>());
        ends.add(new ArrayList<>());
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            int node = 0;
            for (char c : e.getKey().toCharArray()) {
                Integer child = trie.get(node).get(c);
                if (child == null) {
                    child = trie.size();
                    trie.get(node).put(c, child);
                    trie.add(new TreeMap<>());
                    ends.add(new ArrayList<>());
                }
                node = child;
            }
            ends.get(node).add(e.getValue());
        }
        int n = trie.size();
        keys = new char[n][];
        next = new int[n][];
        fail = new int[n];
        found = new int[n][];
        for (int i = 0; i < n; i++) {
            keys[i] = new char[trie.get(i).size()];
            next[i] = new int[trie.get(i).size()];
            int k = 0;
            for (Map.Entry<Character, Integer> e : trie.get(i).entrySet()) {
                keys[i][k] = e.getKey();
                next[i][k++] = e.getValue();
            }
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        found[0] = ends.get(0).stream().mapToInt(Integer::intValue).toArray();
        for (int child : next[0]) {
            fail[child] = 0;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            int[] own = ends.get(node).stream().mapToInt(Integer::intValue).toArray();
            int[] inherited = found[fail[node]];
            found[node] = Arrays.copyOf(own, own.length + inherited.length);
            System.arraycopy(inherited, 0, found[node], own.length, inherited.length);
            for (int k = 0; k < keys[node].length; k++) {
                int child = next[node][k];
                int f = fail[node];
                while (f != 0 && step(f, keys[node][k]) < 0) {
                    f = fail[f];
                }
                int target = step(f, keys[node][k]);
                fail[child] = target >= 0 ? target : 0;
                queue.add(child);
            }
        }
    }

    /** Which needed sets of phrases a sentence holds (at least one phrase of the set), for {@link #mayMatch}. */
    BitSet present(String text) {
        BitSet sets = new BitSet(setCount);
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int to = step(state, c);
            while (to < 0 && state != 0) {
                state = fail[state];
                to = step(state, c);
            }
            state = to < 0 ? 0 : to;
            for (int phrase : found[state]) {
                for (int set : inSets[phrase]) {
                    sets.set(set);
                }
            }
        }
        return sets;
    }

    /** False only if pattern {@code index} certainly finds nothing in the sentence whose sets are given. */
    boolean mayMatch(int index, BitSet present) {
        int[][] branches = needs[index];
        if (branches == null) {
            return true;
        }
        for (int[] sets : branches) {
            if (allPresent(sets, present)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allPresent(int[] sets, BitSet present) {
        for (int set : sets) {
            if (!present.get(set)) {
                return false;
            }
        }
        return true;
    }

    /** How many patterns are screened (the others always run). */
    int screenedCount() {
        int count = 0;
        for (int[][] n : needs) {
            count += n == null ? 0 : 1;
        }
        return count;
    }

    private int step(int node, char c) {
        int k = Arrays.binarySearch(keys[node], c);
        return k >= 0 ? next[node][k] : -1;
    }

    /** For tests: a screen over one pattern. */
    static RuleScreen of(Pattern pattern) {
        return new RuleScreen(List.of(pattern));
    }
}
