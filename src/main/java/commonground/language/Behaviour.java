package commonground.language;

import java.util.List;
import java.util.Set;

/**
 * Judgments of a person through what they did ({@link Structures}): "That was a cruel thing to
 * say", "It was rude of you to leave", "What a spiteful comment". The word is judged by the
 * coach's lists and the VADER lexicon, so unlisted words count by meaning; a misfortune ("That was
 * a horrible thing to happen to you", "That's awful news") and praise ("That was brave of you")
 * are not judgments.
 */
final class Behaviour {

    private static final Set<String> OPENERS = Set.of("that", "this", "it", "what");
    private static final Set<String> COPULAS = Set.of("'s", "is", "was", "were", "has", "been", "seems", "seemed",
            "sounds", "sounded", "felt", "feels");
    private static final Set<String> FILLERS = Set.of("a", "an", "such", "so", "really", "very", "pretty", "just",
            "quite", "rather", "bit", "of", "honestly", "frankly", "truly", "incredibly", "totally", "utterly",
            "completely", "absolutely", "seriously", "the", "most", "downright", "bloody", "kind", "sort");
    /** What someone does or says: the nouns a judgment of an act attaches to. */
    private static final Set<String> ACTS = Set.of("thing", "things", "way", "move", "excuse", "excuses", "comment",
            "comments", "remark", "remarks", "trick", "question", "reply", "response", "text", "message", "post",
            "joke", "jokes", "stunt", "lie", "lies", "behaviour", "behavior", "act", "attitude", "tone", "email",
            "decision", "choice", "dig", "jibe", "answer", "apology", "effort", "attempt", "display", "performance");
    /** After "a X thing to", verbs of something that befell them, not something they did. */
    private static final Set<String> MISFORTUNE = Set.of("happen", "happened", "go", "hear", "lose", "find", "face",
            "deal", "see", "watch", "experience", "suffer", "endure", "live");

    private final Structures words;

    Behaviour(Structures words) {
        this.words = words;
    }

    void find(ParsedSentence p, List<Structures.Hit> out) {
        for (int i = 0; i < p.size(); i++) {
            String opener = p.word(i).endsWith("'s") ? p.word(i).substring(0, p.word(i).length() - 2) : p.word(i);
            if (!OPENERS.contains(opener) && !opener.equals("thats") || !p.clauseStartsAt(i) && !p.word(i - 1).equals("think")) {
                continue;
            }
            int k = i + 1;
            if (p.word(i).equals("what")) {
                if (!p.word(k).equals("a") && !p.word(k).equals("an")) {
                    continue;
                }
            } else if (p.word(i).endsWith("'s") || p.word(k).equals("'s") || COPULAS.contains(p.word(k))) {
                k += p.word(i).endsWith("'s") ? 0 : 1;
                while (COPULAS.contains(p.word(k))) {
                    k++;
                }
            } else if (!p.word(i).equals("thats")) {
                continue;
            }
            while (k < p.size() && (FILLERS.contains(p.word(k)) || p.tag(k).equals("ADV") && !p.word(k).equals("not"))) {
                k++;
            }
            String adj = p.word(k);
            if (adj.isEmpty() || !p.tag(k).startsWith("ADJ") && !p.tag(k).startsWith("VERB") || words.praises(adj)
                    || !words.judges(adj)) {
                continue;
            }
            int end = k + 1;
            boolean ofYou = p.word(end).equals("of") && p.isYou(end + 1)
                    || (p.word(end).equals("how") || p.word(end).equals("that")) && p.isYou(end + 1)
                    || p.word(end).equals("the") && p.word(end + 1).equals("way") && p.isYou(end + 2);
            boolean act = ACTS.contains(p.word(end)) && !(p.word(end + 1).equals("to") && MISFORTUNE.contains(p.word(end + 2)))
                    && !(p.word(end + 1).equals("for") && !p.isYou(end + 2)); // "...for them to say to you": not theirs
            if (ofYou || act) {
                out.add(new Structures.Hit("behaviour-judged", i, Math.min(p.size(), end + (ofYou ? 2 : 1)), adj));
            }
        }
    }
}
