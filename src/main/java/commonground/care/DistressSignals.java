package commonground.care;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether what someone wrote holds words of suicide, self-harm or being in danger, so the app
 * can gently show where help is. English only, rules only, nothing leaves the computer.
 *
 * <p>Each sentence is looked at on its own. A sentence is concerning when it speaks of the
 * writer themselves wanting to die, not wanting to be alive, a plan or the means, hurting
 * themselves, or being hurt, threatened or afraid of someone; or of having no reason to go on.
 * It is not when the words are hyperbole ("I nearly died laughing"), about someone else
 * ("Grandma is dying"), taken back ("I'm not suicidal, just tired"), long past and over
 * ("years ago I self-harmed; I'm proud of how far I've come") or quoted from a song or film.
 * See docs/decisions/0007-distress-check.md for the reasons and the measured precision and recall.
 *
 * <p>Runs as the user types: the answer for each sentence is remembered, so only a changed
 * sentence is looked at again. Safe to share between threads.
 */
public final class DistressSignals {

    private static final int REMEMBERED = 16_384;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n\\r\u2026]+");
    private static final Pattern CLAUSE_END = Pattern.compile(",|:|\\s[-\u2013\u2014]\\s|\\b(?:but|and|so|because"
            + "|though|although|yet)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String[][] SPELLINGS = {
            {"\\bim\\b", "i'm"}, {"\\bi am\\b", "i'm"}, {"\\bive\\b", "i've"}, {"\\bi have\\b", "i've"},
            {"\\bi would\\b", "i'd"}, {"\\bdont\\b", "don't"}, {"\\bdo not\\b", "don't"}, {"\\bcant\\b", "can't"},
            {"\\bcannot\\b", "can't"}, {"\\bcan not\\b", "can't"}, {"\\bwont\\b", "won't"}, {"\\bdidnt\\b", "didn't"},
            {"\\bwouldnt\\b", "wouldn't"}, {"\\bisnt\\b", "isn't"}, {"\\bhavent\\b", "haven't"},
            {"\\bdoesnt\\b", "doesn't"}, {"\\bwasnt\\b", "wasn't"}, {"\\bshes\\b", "she's"}, {"\\bhes\\b", "he's"},
            {"\\bwhats\\b", "what's"}, {"\\bthats\\b", "that's"}, {"\\bits\\b", "it's"}, {"\\bwanna\\b", "want to"},
            {"\\bgonna\\b", "going to"}, {"\\bwant 2\\b", "want to"}, {"\\bkms\\b", "kill myself"},
            {"\\bunalive\\b", "kill"}, {"\\bmy self\\b", "myself"}, {"\\bmyslef\\b", "myself"},
            {"\\bany more\\b", "anymore"}, {"\\bno-one\\b", "no one"}, {"\\bself harm", "self-harm"}};
    private static final List<Map.Entry<Pattern, String>> RESPELL = respellings();

    /** What a sentence speaks of: nothing concerning, the writer's own safety, or danger from someone else. */
    enum Danger { NONE, OWN, FROM_SOMEONE }

    private final Map<String, Danger> remembered = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Danger> eldest) {
            return size() > REMEMBERED;
        }
    };

    public DistressSignals() {
    }

    /** Forgets the sentences judged so far (they are the user's own words); on locking. */
    public void forget() {
        synchronized (remembered) {
            remembered.clear();
        }
    }

    /** True when any sentence of {@code text} sounds like the writer may not be safe. */
    public boolean concerning(String text) {
        return firstConcerningSentence(text).isPresent();
    }

    /** The first sentence of {@code text} that sounds like the writer may not be safe, as written. */
    public Optional<String> firstConcerningSentence(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (String sentence : SENTENCE_END.split(text)) {
            if (!sentence.isBlank() && sentenceConcerning(sentence)) {
                return Optional.of(sentence.strip());
            }
        }
        return Optional.empty();
    }

    /**
     * True when a sentence of {@code text} speaks of being hurt, threatened or afraid of someone
     * ("he threw my phone and I'm scared to go home"): the notice then adds a domestic-abuse line.
     */
    public boolean dangerFromSomeone(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        for (String sentence : SENTENCE_END.split(text)) {
            if (!sentence.isBlank() && danger(sentence) == Danger.FROM_SOMEONE) {
                return true;
            }
        }
        return false;
    }

    private boolean sentenceConcerning(String sentence) {
        return danger(sentence) != Danger.NONE;
    }

    private Danger danger(String sentence) {
        String key = sentence.strip();
        synchronized (remembered) {
            Danger known = remembered.get(key);
            if (known != null) {
                return known;
            }
        }
        Danger answer = judge(normalize(key));
        synchronized (remembered) {
            remembered.put(key, answer);
        }
        return answer;
    }

    /** Lower case, straight quotes, single spaces and one spelling of each contraction. */
    static String normalize(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'')
                .replace('\u201C', '"').replace('\u201D', '"');
        for (Map.Entry<Pattern, String> r : RESPELL) {
            s = r.getKey().matcher(s).replaceAll(r.getValue());
        }
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static Danger judge(String sentence) {
        String s = sentence;
        if (DistressPatterns.MEDIA.matcher(s).find() && !DistressPatterns.OWN_QUOTE.matcher(s).find()) {
            s = DistressPatterns.QUOTED.matcher(s).replaceAll(" ");
        }
        s = DistressPatterns.IDIOM.matcher(s).replaceAll(" ");
        if (DistressPatterns.PAST.matcher(s).find() && !DistressPatterns.NOW.matcher(s).find()) {
            return Danger.NONE;
        }
        boolean takenBack = DistressPatterns.TAKEN_BACK.matcher(s).find();
        // Danger from someone is looked for first, so "he hit me and I want to die" gets both lines.
        if (anyFound(DistressPatterns.WHOLE_BY_SOMEONE, s)
                || (DistressPatterns.THREAT.matcher(s).find() || DistressPatterns.IF_I_LEAVE.matcher(s).find())
                && !DistressPatterns.JOKING.matcher(s).find()
                || anyNotTakenBack(DistressPatterns.BY_SOMEONE, s, takenBack)) {
            return Danger.FROM_SOMEONE;
        }
        if (anyFound(DistressPatterns.WHOLE, s) || anyNotTakenBack(DistressPatterns.NEGATABLE, s, takenBack)) {
            return Danger.OWN;
        }
        return Danger.NONE;
    }

    private static boolean anyFound(List<Pattern> patterns, String s) {
        for (Pattern p : patterns) {
            if (p.matcher(s).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyNotTakenBack(List<Pattern> patterns, String s, boolean takenBack) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (takenBack || !negated(s, m.start(), m.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when a "not", "never" or "no longer" stands in the words found, or within the four
     * words before them in the same clause: "I'm not suicidal", "I would never hurt myself".
     */
    static boolean negated(String sentence, int start, int end) {
        String before = sentence.substring(0, start);
        Matcher boundary = CLAUSE_END.matcher(before);
        int clauseStart = 0;
        while (boundary.find()) {
            clauseStart = boundary.end();
        }
        String[] words = before.substring(clauseStart).strip().split(" ");
        String window = String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - 4), words.length))
                + " " + sentence.substring(start, end);
        return DistressPatterns.NEGATION.matcher(window).find()
                && !DistressPatterns.NOT_A_NEGATION.matcher(window).find();
    }

    private static List<Map.Entry<Pattern, String>> respellings() {
        List<Map.Entry<Pattern, String>> list = new ArrayList<>();
        for (String[] pair : SPELLINGS) {
            list.add(Map.entry(Pattern.compile(pair[0]), pair[1]));
        }
        return List.copyOf(list);
    }
}
