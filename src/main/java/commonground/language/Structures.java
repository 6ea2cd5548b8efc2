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
    static final List<String> IDS = List.of("you-are-negative", "diagnosis", "your-thing-is", "you-keep", "order",
            "behaviour-judged", ConfidentModel.ID);

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
            "sound", "sounded", "act", "acted", "get", "got", "become", "became", "appear", "'ve", "have", "can", "always", "r");
    private static final Set<String> SEEM = Set.of("seem", "seemed", "look", "looked", "sound", "sounded", "appear");
    private static final Set<String> FILLERS = Set.of("being", "been", "acting", "getting", "becoming", "be", "so", "such",
            "really", "very", "too", "just", "totally", "completely", "a", "an", "the", "bit", "little", "of", "kind", "sort",
            "kinda", "most", "quite", "pretty", "rather", "incredibly", "absolutely", "honestly", "always", "still", "again",
            "now", "beyond", "clearly", "obviously", "literally", "seriously", "truly", "utterly", "real", "complete", "total",
            "absolute", "bloody", "deliberately", "awfully", "unbelievably", "way", "like", "extremely", "super", "damn",
            "simply", "sometimes", "often", "lately", "definitely", "probably", "ever", "more", "even", "all", "proper", "as");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "hardly", "nothing");
    private static final Set<String> CERTAIN = Set.of("obviously", "clearly", "definitely", "just", "plainly", "evidently");
    private static final Set<String> KEEP = Set.of("keep", "kept", "keeps", "continue", "still");
    private static final Set<String> YOUR_COPULAS = Set.of("is", "was", "are", "were", "'s", "has", "have", "seems",
            "looks", "sounds", "been", "getting", "becoming", "be", "gets", "got", "become", "became", "went");
    /** Words that start a phrase inside "your X ... is": "your attitude at the meeting was". */
    private static final Set<String> INNER_PREPOSITIONS = Set.of("at", "with", "to", "towards", "toward", "on", "about",
            "around", "in", "of", "over", "for");

    private final CoachRules rules;
    private final Behaviour behaviour;
    private final Orders orders;

    Structures(CoachRules rules) {
        this.rules = rules;
        this.behaviour = new Behaviour(this);
        this.orders = new Orders(rules);
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
                orders.find(p, i, norm, out);
            }
        }
        behaviour.find(p, out);
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
        if (w.endsWith("est") && w.length() > 6 && !w.endsWith("iest") && judgesByList(w.substring(0, w.length() - 3))
                || w.endsWith("iest") && judgesByList(w.substring(0, w.length() - 4) + "y")) {
            return true; // "the laziest person alive", "the meanest thing"
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

    /**
     * A noun that names a fault of theirs: on the "judgment_nouns" list, or made from a word of
     * judgment ("selfishness", "stupidity", "immaturity").
     */
    boolean judgmentNoun(String w) {
        if (rules.inList("judgment_nouns", w)) {
            return true;
        }
        String stem = null;
        if (w.endsWith("ness") && w.length() > 6) {
            stem = w.substring(0, w.length() - 4);
            stem = stem.endsWith("i") ? stem.substring(0, stem.length() - 1) + "y" : stem;
        } else if (w.endsWith("ity") && w.length() > 6) {
            stem = w.substring(0, w.length() - 3);
        }
        if (stem == null || rules.inList("states", stem)) {
            return false;
        }
        return judgesByList(stem) || judgesByList(stem + "e") || judgesByList(stem + "ic");
    }

    private boolean judgesByList(String w) {
        return rules.inList("judgment_strong", w) || rules.inList("judgment_mild", w);
    }

    /** A word the lists or the lexicon judge either way: the tagger may read "petty" as an adverb. */
    private boolean rated(String w) {
        return judges(w) || praises(w) || rules.inList("states", w);
    }

    /** A word of praise or warmth. */
    boolean praises(String w) {
        return rules.inList("appreciation", w) || Lexicon.valence(w) >= 1.0f;
    }

    private void youArePredicate(ParsedSentence p, int you, List<Hit> out) {
        String w = p.word(you);
        int j = you + 1;
        boolean seem = false;
        if (w.equals("ur") && !p.tag(j).startsWith("NOUN")) {
            w = "you're"; // "ur being so petty": text-speak for "you're"
        }
        if (w.equals("you've")) {
            if (!Set.of("been", "become", "gotten", "got", "turned", "grown").contains(p.word(j))
                    || p.word(j).equals("got") && Set.of("such", "a", "an", "the", "no", "some", "lots").contains(p.word(j + 1))) {
                return; // "you've got such a big heart": something they have, not what they became
            }
            j++;
            if (p.word(j).equals("into") || p.word(j).equals("such")) {
                j += p.word(j).equals("into") ? 1 : 0; // "you've turned into such a bore"
            }
        } else if (!w.equals("you're") && !w.equals("youre")) {
            if (Set.of("two", "both", "all", "lot", "guys").contains(p.word(j))) {
                j++; // "you two are as useless as each other": still them
            }
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
                || (p.tag(k).equals("ADV") && !p.isClauseBreak(k) && !p.word(k).endsWith("ing") && !rated(p.word(k))))) {
            negated |= NEGATORS.contains(p.word(k));
            certain |= CERTAIN.contains(p.word(k));
            k++;
        }
        negated |= k < p.size() && NEGATORS.contains(p.word(k));
        int from = k;
        boolean named = from > j && (p.tag(from - 1).equals("DET") || p.word(from - 1).equals("a"));
        if (from < p.size() && !named && !p.tag(from + 1).startsWith("NOUN") && (rules.inList("agreement", p.word(from))
                || rules.inList("agreement", p.word(from + 1)) && !p.word(from + 2).equals("now"))) {
            return; // "You're right", "you are so right about the scones": agreement, not a verdict
        }
        if (from > j && p.word(from - 1).equals("still") && p.word(from).endsWith("ing") && p.tag(from).startsWith("VERB")) {
            return; // "You're still sleeping badly after the operation": what they are doing, not who they are
        }
        if (named && p.word(from).equals("first") && p.word(from - 1).equals("the")) {
            return; // "You're always the first one to ring": what they do first, no verdict in it
        }
        boolean being = false;
        for (int i = j; i < from; i++) {
            being |= p.word(i).equals("being");
        }
        boolean beingSo = being && from > j && p.tag(from - 1).equals("ADV");
        String judged = null;
        String state = null;
        String unrated = null;
        certain |= you >= 2 && Set.of("think", "bet", "know", "reckon").contains(p.word(you - 1))
                && p.word(you - 2).equals("i");
        while (k < p.size() && k < from + 5 && (!p.isClauseBreak(k) || coordinated(p, k)) && isContent(p.tag(k))
                || k < p.size() && coordinated(p, k)) {
            String x = p.word(k);
            // nouns like "friend" or "mother" rate as positive words, but "a bad friend" is no praise
            if ((judged == null || !p.tag(k - 1).startsWith("NOUN")) && (p.tag(k).startsWith("NOUN")
                    ? rules.inList("appreciation", x) : praises(x))) {
                return; // praise in the predicate; but "the laziest person alive" keeps its verdict
            }
            boolean intensifier = rules.inList("intensifiers", x) && p.tag(k + 1).startsWith("ADJ");
            if (rules.inList("intensifiers", x) && (p.tag(k + 1).equals("ADV") || p.tag(k + 1).startsWith("ADJ")
                    || Set.of("at", "with", "on", "in", "good", "fast").contains(p.word(k + 1)))) {
                if (p.word(k + 1).equals("at") || p.word(k + 1).equals("with") || p.word(k + 1).equals("on")
                        || praises(p.word(k + 1)) || p.tag(k + 1).equals("ADV") || Lexicon.valence(p.word(k + 1)) >= 0) {
                    return; // "wicked at darts", "crazy fast on that bike": a skill admired
                }
            }
            if (judged == null && !intensifier && judges(x)) {
                judged = x;
            }
            if (state == null && rules.inList("states", x)) {
                state = x;
            }
            if (unrated == null && p.tag(k).startsWith("ADJ") && !rules.inList("states", x)
                    && (Lexicon.valence(x) <= 0 || beingSo)) {
                unrated = x;
            }
            k++;
        }
        if (negated || k == from) {
            return;
        }
        boolean such = false;
        for (int i = j; i < from; i++) {
            such |= Set.of("such", "complete", "total", "absolute", "utter", "proper", "real").contains(p.word(i));
        }
        if (judged == null && state == null && such && p.tag(from).startsWith("NOUN") && !rules.inList("people", p.word(from))
                && Lexicon.valence(p.word(from)) <= 0 && !p.word(from + 1).equals("of")) {
            judged = p.word(from); // "you're such a flake": a name for them, and no praise in it
        }
        if (judged != null) {
            out.add(new Hit("you-are-negative", you, k, judged));
        } else if (state != null && certain && !seem && Lexicon.valence(state) < 0) {
            out.add(new Hit("diagnosis", you, k, state));
        } else if (unrated != null && !seem) {
            // "you're being so passive": how they behave, said as a verdict, needs no model to confirm it
            out.add(new Hit("you-are-negative", you, k, unrated, !beingSo));
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
            if (Lexicon.valence(verb) > -0.5f && p.word(j + 1).equals("with")) {
                return; // "You're still walking with a stick": how they are, not a habit held against them
            }
            if (clear || Lexicon.valence(verb) <= 0) {
                out.add(new Hit("you-keep", you, Math.min(p.size(), j + 1), verb, !clear));
            }
        }
    }

    private void yourThing(ParsedSentence p, int your, List<Hit> out) {
        if (INNER_PREPOSITIONS.contains(p.word(your - 1)) || p.tag(your - 1).startsWith("ADP")) {
            return; // "my comment about your job was unkind": the sentence is not about their job
        }
        int k = your + 1;
        int nounEnd = k;
        while (k < p.size() && k < your + 5 && !p.isClauseBreak(k)
                && (p.tag(k).startsWith("NOUN") || p.tag(k).startsWith("ADJ") || p.tag(k).equals("ADV")
                || p.word(k).equals("of") || p.word(k).equals("in") || (p.tag(k).startsWith("VERB") && p.word(k).endsWith("ing") && k == your + 1))) {
            if (k == your + 1 && rules.inList("people", p.word(k)) || rules.inList("medical_nouns", p.word(k))) {
                return;
            }
            if (judgmentNoun(p.word(k)) || judgmentNoun(p.word(k) + " " + p.word(k + 1))) {
                // "your selfishness", "your mood swings": the noun itself names a fault
                out.add(new Hit("your-thing-is", your, k + 1, p.word(k)));
                return;
            }
            k++;
            nounEnd = k;
        }
        if (nounEnd == your + 1) {
            return;
        }
        if (k > your + 2 && INNER_PREPOSITIONS.contains(p.word(k - 1))) {
            k--; // "your tone in that meeting was": "in" opens a phrase, not part of the noun
        }
        if (INNER_PREPOSITIONS.contains(p.word(k))) {
            // "your attitude at the meeting was...": step over a short phrase to reach the verb
            int j = k + 1;
            while (j < p.size() && j < k + 5 && (!p.isClauseBreak(j) || j == k + 1 && p.tag(j).equals("DET"))
                    && !YOUR_COPULAS.contains(p.word(j))) {
                j++;
            }
            if (YOUR_COPULAS.contains(p.word(j))) {
                k = j;
            }
        }
        if (!YOUR_COPULAS.contains(p.word(k))) {
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
}
