package commonground.language;

import java.util.List;
import java.util.Set;

/**
 * The coach's rules that read sentence structure rather than word patterns: a "you" subject with a
 * copula and a predicate that the lexicon judges ("you're being so unfair", "you are such a
 * terrible listener"), "your X is ruining...", "you keep cancelling", and orders at the start of a
 * clause. Words are judged by the coach's own lists first and by the VADER valence of the word
 * otherwise, so adjectives no list names are still judged by meaning.
 */
final class Structures {

    /** Ids of the texts in coach-rules.yaml under {@code structures}; the file must define each. */
    static final List<String> IDS = List.of("you-are-negative", "diagnosis", "your-thing-is", "you-keep", "order");

    /**
     * One structural match: token range [from, to), the word an explanation may quote, and whether
     * it is only a candidate (a word no list or lexicon rates clearly, an order with no sign of
     * urgency) that the sentence model must confirm.
     */
    record Hit(String id, int from, int to, String keyWord, boolean weak) {
        Hit(String id, int from, int to, String keyWord) {
            this(id, from, to, keyWord, false);
        }
    }

    private static final Set<String> COPULAS = Set.of("are", "were", "was", "'re", "seem", "seemed", "look", "looked",
            "sound", "sounded", "act", "acted", "get", "got", "become", "became", "appear", "'ve", "have", "can", "always");
    private static final Set<String> SEEM = Set.of("seem", "seemed", "look", "looked", "sound", "sounded", "appear");
    private static final Set<String> FILLERS = Set.of("being", "been", "acting", "getting", "becoming", "be", "so", "such",
            "really", "very", "too", "just", "totally", "completely", "a", "an", "the", "bit", "little", "of", "kind", "sort",
            "kinda", "most", "quite", "pretty", "rather", "incredibly", "absolutely", "honestly", "always", "still", "again",
            "now", "clearly", "obviously", "literally", "seriously", "truly", "utterly", "real", "complete", "total",
            "absolute", "bloody", "deliberately", "awfully", "unbelievably", "way", "like", "extremely", "super", "damn",
            "simply", "sometimes", "often", "lately", "definitely", "probably", "ever", "more", "even", "all", "proper");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "hardly", "nothing");
    private static final Set<String> CERTAIN = Set.of("obviously", "clearly", "definitely", "just");
    private static final Set<String> KEEP = Set.of("keep", "kept", "keeps", "continue", "still");
    private static final Set<String> YOUR_COPULAS = Set.of("is", "was", "are", "were", "'s", "has", "have", "seems",
            "looks", "sounds", "been", "getting", "becoming", "be", "gets");
    private static final Set<String> STRONG_URGENCY = Set.of("now", "immediately", "already", "understood",
            "instantly", "asap");
    private static final Set<String> WEAK_URGENCY = Set.of("today", "tonight", "tomorrow", "before", "by", "straight");

    private final CoachRules rules;

    Structures(CoachRules rules) {
        this.rules = rules;
    }

    /** Every structural match in the sentence, in token order. */
    void find(ParsedSentence p, String norm, List<Hit> out) {
        for (int i = 0; i < p.size(); i++) {
            if (p.isYouSubject(i)) {
                youArePredicate(p, i, out);
                youKeep(p, i, out);
            } else if (p.word(i).equals("your") && !p.isYouSubject(i)) {
                yourThing(p, i, out);
            }
            if (p.orderMayStartAt(i)) {
                order(p, i, norm, out);
            }
        }
    }

    /** A word that, said of a person, judges them. */
    boolean judges(String w) {
        if (rules.inList("states", w)) {
            return false;
        }
        if (rules.inList("judgment_strong", w) || rules.inList("judgment_mild", w) || rules.inList("labels", w)
                || rules.inList("criticism", w)) {
            return true;
        }
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) {
                if (rules.inList("judgment_strong", part)) {
                    return true;
                }
            }
        }
        return Lexicon.valence(w) <= -1.0f;
    }

    /** A word of praise or warmth. */
    boolean praises(String w) {
        return rules.inList("appreciation", w) || Lexicon.valence(w) >= 1.0f;
    }

    private void youArePredicate(ParsedSentence p, int you, List<Hit> out) {
        String w = p.word(you);
        int j = you + 1;
        boolean seem = false;
        if (w.equals("you've")) {
            if (!Set.of("been", "become", "gotten", "got", "turned").contains(p.word(j))) {
                return;
            }
            j++;
        } else if (!w.equals("you're") && !w.equals("youre")) {
            while (p.tag(j).equals("ADV") && Set.of("really", "truly", "honestly", "just", "so").contains(p.word(j))) {
                j++; // "you really are clueless"
            }
            String c = p.word(j);
            if (!COPULAS.contains(c)) {
                return;
            }
            seem = SEEM.contains(c);
            if ((c.equals("have") || c.equals("'ve")) && !p.word(j + 1).equals("been")) {
                return;
            }
            if (c.equals("can") && !p.word(j + 1).equals("be")) {
                return;
            }
            if (c.equals("always") && !Set.of("so", "such", "a", "being").contains(p.word(j + 1))) {
                return;
            }
            j++;
        }
        boolean negated = false;
        boolean certain = false;
        int k = j;
        while (k < p.size() && (FILLERS.contains(p.word(k)) || p.tag(k).equals("DET")
                || (p.tag(k).equals("ADV") && !p.isClauseBreak(k) && !p.word(k).endsWith("ing")))) {
            negated |= NEGATORS.contains(p.word(k));
            certain |= CERTAIN.contains(p.word(k));
            k++;
        }
        negated |= k < p.size() && NEGATORS.contains(p.word(k));
        int from = k;
        String judged = null;
        String state = null;
        String unrated = null;
        certain |= you >= 2 && Set.of("think", "bet", "know", "reckon").contains(p.word(you - 1))
                && p.word(you - 2).equals("i");
        while (k < p.size() && k < from + 5 && (!p.isClauseBreak(k) || coordinated(p, k)) && isContent(p.tag(k))
                || k < p.size() && coordinated(p, k)) {
            String x = p.word(k);
            // nouns like "friend" or "mother" rate as positive words, but "a bad friend" is no praise
            if (p.tag(k).startsWith("NOUN") ? rules.inList("appreciation", x) : praises(x)) {
                return;
            }
            boolean intensifier = rules.inList("intensifiers", x) && p.tag(k + 1).startsWith("ADJ");
            if (judged == null && !intensifier && judges(x)) {
                judged = x;
            }
            if (state == null && rules.inList("states", x)) {
                state = x;
            }
            if (unrated == null && p.tag(k).startsWith("ADJ") && !rules.inList("states", x) && Lexicon.valence(x) <= 0) {
                unrated = x;
            }
            k++;
        }
        if (negated || k == from) {
            return;
        }
        if (judged != null) {
            out.add(new Hit("you-are-negative", you, k, judged));
        } else if (state != null && certain && !seem && Lexicon.valence(state) < 0) {
            out.add(new Hit("diagnosis", you, k, state));
        } else if (unrated != null && !seem) {
            out.add(new Hit("you-are-negative", you, k, unrated, true));
        }
    }

    /** "and" or a comma between two adjectives: "drunk and obnoxious", "quiet and sulky". */
    private static boolean coordinated(ParsedSentence p, int k) {
        return (p.word(k).equals("and") || p.word(k).equals(",")) && p.tag(k + 1).startsWith("ADJ")
                && k > 0 && p.tag(k - 1).startsWith("ADJ");
    }

    private static boolean isContent(String tag) {
        return tag.startsWith("ADJ") || tag.startsWith("NOUN") || tag.startsWith("VERB") || tag.startsWith("PROPN")
                || tag.equals("ADV") || tag.equals("X");
    }

    private void youKeep(ParsedSentence p, int you, List<Hit> out) {
        int j = you + 1;
        if (p.word(you).equals("you're") || p.word(j).equals("are") || p.word(j).equals("'re")) {
            j = p.word(you).equals("you're") ? j : j + 1;
            if (!p.word(j).equals("still") && !p.word(j).equals("always") && !p.word(j).equals("forever")) {
                return;
            }
        } else if (!KEEP.contains(p.word(j))) {
            return;
        }
        j++;
        if (p.word(j).equals("on") || p.word(j).equals("to")) {
            j++;
        }
        String verb = p.word(j);
        if (verb.endsWith("ing") && !rules.inList("states", verb)) {
            boolean clear = rules.inList("habit_verbs", verb) || Lexicon.valence(verb) <= -0.5f;
            if (clear || Lexicon.valence(verb) <= 0) {
                out.add(new Hit("you-keep", you, Math.min(p.size(), j + 1), verb, !clear));
            }
        }
    }

    private void yourThing(ParsedSentence p, int your, List<Hit> out) {
        int k = your + 1;
        int nounEnd = k;
        while (k < p.size() && k < your + 5 && !p.isClauseBreak(k)
                && (p.tag(k).startsWith("NOUN") || p.tag(k).startsWith("ADJ") || p.tag(k).equals("ADV")
                || p.word(k).equals("of") || p.word(k).equals("in") || (p.tag(k).startsWith("VERB") && p.word(k).endsWith("ing") && k == your + 1))) {
            if (k == your + 1 && rules.inList("people", p.word(k)) || rules.inList("medical_nouns", p.word(k))) {
                return;
            }
            k++;
            nounEnd = k;
        }
        if (nounEnd == your + 1 || !YOUR_COPULAS.contains(p.word(k))) {
            return;
        }
        while (k < p.size() && (YOUR_COPULAS.contains(p.word(k)) || FILLERS.contains(p.word(k))
                || p.tag(k).equals("DET") || p.tag(k).equals("ADV"))) {
            if (NEGATORS.contains(p.word(k))) {
                return;
            }
            k++;
        }
        String x = p.word(k);
        if (k < p.size() && !praises(x) && (judges(x) || rules.inList("harm_verbs", x))) {
            out.add(new Hit("your-thing-is", your, k + 1, x));
        }
    }

    /** An order at the start of a clause, when something shows it is one: its verb, urgency, "just". */
    private void order(ParsedSentence p, int c, String norm, List<Hit> out) {
        int v = c;
        boolean just = false;
        while (v < p.size()) {
            if (p.word(v).equals("come") && p.word(v + 1).equals("on")) {
                v += 2; // "come on," is a push, not the order itself
            } else if (rules.inList("lead_ins", p.word(v)) || p.isPunct(v)) {
                just |= p.word(v).equals("just");
                v++;
            } else if (p.word(v + 1).equals(",")
                    && (p.tag(v).startsWith("PROPN") || rules.inList("people", p.word(v)))) {
                v += 2; // someone addressed by name: "Dad, just tell me"
            } else {
                break;
            }
        }
        if (v >= p.size()) {
            return;
        }
        String w = p.word(v);
        String two = w + " " + p.word(v + 1);
        boolean negative = w.equals("don't") || w.equals("dont") || (w.equals("do") && p.word(v + 1).equals("not"))
                || (w.equals("never") && p.tag(v + 1).startsWith("VERB"));
        boolean control = rules.inList("control_verbs", w) || rules.inList("control_verbs", two);
        boolean verb = p.tag(v).startsWith("VERB") || w.equals("be") || negative || control
                || rules.inList("order_verbs", w);
        String rest = norm.substring(p.start[v]);
        boolean strong = urgent(p, v, STRONG_URGENCY) || rules.hasStrongUrgency(rest);
        boolean kindWords = rules.inList("not_orders", two) || !control && rules.inList("not_orders", w);
        boolean afterJoin = c > 0 && !p.isPunct(c - 1);
        if (afterJoin && !p.tag(v).startsWith("VERB")) {
            return; // after "and" or "but", only a word the tagger reads as a verb starts an order
        }
        if (!verb || kindWords && !strong
                || (p.tag(v + 1).startsWith("PRON+AUX") && !control) || p.word(v + 1).equals("'s")
                || (v + 1 < p.size() && ParsedSentence.YOU.contains(p.word(v + 1)) && !control)
                || w.endsWith("ing") || w.endsWith("ed")) {
            return;
        }
        int end = p.clauseEnd(v + 1);
        boolean warm = rest.contains("for me");
        for (int i = v; i < p.size() && !warm; i++) {
            warm = Lexicon.valence(p.word(i)) >= 1.5f;
        }
        // "If you ever need a lift, just call": an offer; "just" pushes only when nothing makes it conditional
        strong |= just && !negative && !p.word(0).equals("if");
        boolean weak = urgent(p, v, WEAK_URGENCY);
        if (negative) {
            String next = p.word(v + 1).equals("not") || p.word(v + 1).equals("ever") ? p.word(v + 2) : p.word(v + 1);
            control = !rules.inList("kind_negatives", next);
            strong |= control && !warm;
        } else if (w.equals("be")) {
            String next = p.word(v + 1);
            control = next.endsWith("er") && !next.equals("careful") || next.equals("more") || next.equals("less")
                    || next.equals("home") || next.equals("on") || next.equals("there") || next.equals("nice");
        }
        boolean softControl = control && rules.inList("soft_control_verbs", w);
        if (end == v + 1 && rules.isAppreciation(rest)) {
            return; // "Stop, you're making me blush"
        }
        int to = Math.max(v + 1, Math.min(end, v + 5));
        if (strong || (control && !(softControl && warm)) || (weak && !warm)) {
            out.add(new Hit("order", v, to, w));
        } else if (!warm && c == 0 && !p.word(0).equals("if") && !negative) {
            out.add(new Hit("order", v, to, w, true)); // an order with nothing to show it is one
        }
    }

    private static boolean urgent(ParsedSentence p, int from, Set<String> words) {
        return p.anyIn(from + 1, p.size(), words);
    }
}
