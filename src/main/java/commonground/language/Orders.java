package commonground.language;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Orders at the start of a clause ({@link Structures}): a verb there, plus a sign that it is an
 * order (a verb of control such as apologise or explain, urgency, a deadline, a "just"). An
 * offer ("Call me if you need anything") and reassurance ("Don't worry") are not orders.
 */
final class Orders {

    private static final Set<String> STRONG_URGENCY = Set.of("now", "immediately", "already", "understood",
            "instantly", "asap");
    private static final Set<String> WEAK_URGENCY = Set.of("today", "tonight", "tomorrow", "before", "by", "straight");
    private static final Pattern OFFER = Pattern.compile("\\bif (?:you|u) (?:ever |still |ever still )?(?:fancy|need|want|wanna"
            + "|'d like|would like|like|feel like|get (?:a|the) chance|have (?:time|a minute|a sec|a moment)|can|are free"
            + "|'re free|are passing|'re passing|are around|'re around|are up for|'re up for|are bored|'re bored)\\b"
            + "|\\b(?:as long as|whenever|for as long as) (?:you|u) (?:need|like|want|wish)\\b");

    private static final Set<String> GO_ON = Set.of("ahead", "on");
    private static final Set<String> TO_US = Set.of("me", "us");
    private static final Set<String> OBJECT_STARTS = Set.of("your", "the", "that", "this", "those", "these", "it", "them");

    private static final Set<String> YES_NO = Set.of("can", "could", "would", "will", "shall", "should", "do",
            "does", "did", "is", "are", "may", "might");

    private final CoachRules rules;

    Orders(CoachRules rules) {
        this.rules = rules;
    }

    /** An order at the start of a clause, when something shows it is one: its verb, urgency, "just". */
    /**
     * True when the clause joined at {@code c} ("... and just sit with you") goes on from the writer's
     * own "I would like to", "I'll", "we could" with no pause between: the same subject does it.
     */
    private static boolean writerBefore(ParsedSentence p, int c) {
        for (int i = c - 1; i >= 0; i--) {
            if (p.isPunct(i)) {
                return false;
            }
            if (WRITER.contains(p.word(i))) {
                return i + 1 < c && (MODAL.contains(p.word(i + 1)) || p.word(i).contains("'"));
            }
        }
        return false;
    }

    private static final Set<String> WRITER = Set.of("i", "we", "i'd", "i'll", "we'd", "we'll", "id", "ill");
    private static final Set<String> MODAL = Set.of("would", "will", "could", "can", "might", "want", "'d", "'ll",
            "am", "'m", "like", "love", "need", "plan", "hope", "thought");

    void find(ParsedSentence p, int c, String norm, List<Structures.Hit> out) {
        int v = c;
        boolean just = false;
        boolean leave = false;
        while (v < p.size()) {
            if (p.word(v).equals("go") && GO_ON.contains(p.word(v + 1))
                    && (p.word(v + 2).equals("and") || p.isPunct(v + 2))) {
                v += 3; // "go ahead and eat": leave given, so the next verb says what is asked
                leave = true;
            } else if (p.word(v).equals("come") && p.word(v + 1).equals("on")) {
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
        if (v >= p.size() || v > c && p.word(v - 1).equals("no") && !p.isPunct(v)) {
            return; // "No answer needed": a noun after "no", not an order
        }
        String w = p.word(v);
        String two = w + " " + p.word(v + 1);
        boolean negative = w.equals("don't") || w.equals("dont") || (w.equals("do") && p.word(v + 1).equals("not"))
                || (w.equals("never") && p.tag(v + 1).startsWith("VERB"));
        boolean control = rules.inList("control_verbs", w) || rules.inList("control_verbs", two)
                || relayedOrder(p, v);
        // "Clear your plate off the table": a capitalised verb the tagger misreads, before what it acts on
        boolean actsOn = c == 0 && (p.tag(v).startsWith("ADJ") || p.tag(v).startsWith("NOUN") || p.tag(v).startsWith("PROPN"))
                && OBJECT_STARTS.contains(p.word(v + 1));
        boolean verb = p.tag(v).startsWith("VERB") || w.equals("be") || negative || control
                || rules.inList("order_verbs", w) || actsOn;
        String rest = norm.substring(p.start[v]);
        boolean strong = urgent(p, v, STRONG_URGENCY) || rules.hasStrongUrgency(rest)
                || deadline(p, v) && !rules.hasRoomForNo(norm);
        if (w.equals("stop") && p.word(v + 1).equals("being") && overdoneVirtue(p, v + 2)) {
            return; // "Stop being so modest, the cake was lovely": praise, not an order
        }
        if (rules.opensWithRoomForNo(rest)) {
            return; // "Take your time, ...": the softener itself, not an order
        }
        if (OFFER.matcher(rest).find() && !urgent(p, v, STRONG_URGENCY)) {
            return; // "Give me a ring if you fancy a chat": an offer, whatever the verb
        }
        boolean kindWords = rules.inList("not_orders", two) || !control && rules.inList("not_orders", w);
        boolean afterJoin = c > 0 && !p.isPunct(c - 1);
        if (afterJoin && !p.tag(v).startsWith("VERB")) {
            return; // after "and" or "but", only a word the tagger reads as a verb starts an order
        }
        if (afterJoin && writerBefore(p, c)) {
            return; // "I'd like to come round and just sit with you": the writer's own doing, not an order
        }
        if (!verb || kindWords && !strong
                || (p.tag(v + 1).startsWith("PRON+AUX") && !control) || p.word(v + 1).equals("'s")
                || (v + 1 < p.size() && ParsedSentence.YOU.contains(p.word(v + 1)) && !control)
                || w.endsWith("ing") && !Set.of("ring", "bring", "sing", "swing").contains(w) || w.endsWith("ed")) {
            return;
        }
        if (c > 0 && p.word(p.size() - 1).equals("?") && YES_NO.contains(p.word(0))) {
            return; // "Can we leave it and pick it up tomorrow?": a question, not an order
        }
        int end = p.clauseEnd(v + 1);
        boolean warm = rest.contains("for me");
        for (int i = v; i < p.size() && !warm; i++) {
            warm = Lexicon.valence(p.word(i)) >= 1.5f;
        }
        // "If you ever need a lift, just call": an offer; "just" pushes only when nothing makes it conditional
        strong |= just && !negative && !p.word(0).equals("if");
        // "Take the car tomorrow, I'm working from home": lending something is an offer, whatever the day
        boolean weak = urgent(p, v, WEAK_URGENCY) && !(rules.inList("offer_verbs", w) && !p.word(v + 1).equals("your"));
        // "Ring your gran and say thank you, today.": a time said on its own at the end insists
        strong |= tailTime(p);
        if (negative) {
            String next = p.word(v + 1).equals("not") || p.word(v + 1).equals("ever") ? p.word(v + 2) : p.word(v + 1);
            int after = p.word(v + 1).equals("not") || p.word(v + 1).equals("ever") ? v + 3 : v + 2;
            // "Don't ever change.", "Never change": asking them to stay as they are
            boolean alone = rules.inList("kind_alone", next) && (after >= p.size() || p.isPunct(after)
                    || p.word(after).equals("being") && Set.of("you", "yourself").contains(p.word(after + 1))
                    || p.word(after).equals("who") && p.word(after + 1).equals("you"))
                    || next.equals("stop") && keepDoing(p, after);
            control = !rules.inList("kind_negatives", next) && !alone;
            if (!control) {
                return; // "Don't worry", "Please don't feel you must answer tonight": reassurance
            }
            strong |= !warm;
        } else if (w.equals("be") && p.word(v + 1).equals("there") && p.word(v + 2).equals("in")) {
            return; // "I'm running late, be there in ten": when the writer will arrive
        } else if (w.equals("be")) {
            String next = p.word(v + 1);
            control = next.endsWith("er") && !next.equals("careful") || next.equals("more") || next.equals("less")
                    || next.equals("home") || next.equals("on") || next.equals("there") || next.equals("nice");
        }
        boolean softControl = control && rules.inList("soft_control_verbs", w);
        if ((end == v + 1 || end == v + 2 && p.word(v + 1).equals("it")) && rules.isAppreciation(rest)) {
            return; // "Stop, you're making me blush"
        }
        int to = Math.max(v + 1, Math.min(end, v + 5));
        if (strong || (control && !(softControl && warm)) || (weak && !warm)) {
            out.add(new Structures.Hit("order", v, to, w));
        } else if (!warm && c == 0 && !p.word(0).equals("if") && !negative && !leave
                && !(TO_US.contains(p.word(v + 1)) && !control && !p.word(v + 2).equals("your"))) {
            // "Play me something", "Show me how you did it": asking to be let in on something they enjoy
            // ("Pass me your phone" asks for what is theirs, and stays a possible order)
            out.add(new Structures.Hit("order", v, to, w, true)); // an order with nothing to show it is one
        }
    }

    private boolean overdoneVirtue(ParsedSentence p, int at) {
        int i = p.word(at).equals("so") || p.word(at).equals("too") ? at + 1 : at;
        return rules.inList("kind_excesses", p.word(i)) || rules.inList("kind_excesses", p.word(i) + " " + p.word(i + 1)
                + " " + p.word(i + 2));
    }

    /** "Never stop singing in the kitchen": asking them to keep doing something, no habit held against them. */
    private boolean keepDoing(ParsedSentence p, int at) {
        String w = p.word(at);
        return w.endsWith("ing") && !rules.inList("habit_verbs", w) && !rules.inList("harm_verbs", w)
                && Lexicon.valence(w) >= 0;
    }

    /** A time word set apart at the very end: "..., today." or "..., now!". */
    private static boolean tailTime(ParsedSentence p) {
        int last = p.size() - 1;
        while (last > 0 && p.isPunct(last)) {
            last--;
        }
        return last > 1 && p.word(last - 1).equals(",")
                && (STRONG_URGENCY.contains(p.word(last)) || WEAK_URGENCY.contains(p.word(last)));
    }

    /** "Tell your friend to stop calling": an order passed on through them, with a verb of control. */
    private boolean relayedOrder(ParsedSentence p, int v) {
        if (!p.word(v).equals("tell") || TO_US.contains(p.word(v + 1))) {
            return false;
        }
        for (int i = v + 2; i < Math.min(p.size(), v + 5); i++) {
            if (p.word(i).equals("to")) {
                String next = p.word(i + 1);
                return rules.inList("control_verbs", next) || Set.of("stay", "keep", "back", "leave").contains(next);
            }
        }
        return false;
    }

    /** A deadline after the verb: "by tonight", "before Friday", "by six". */
    private boolean deadline(ParsedSentence p, int v) {
        for (int i = v + 1; i + 1 < p.size(); i++) {
            String w = p.word(i);
            if (w.equals("by") || w.equals("before") || w.equals("until") || w.equals("till")) {
                String next = p.word(i + 1).equals("the") ? p.word(i + 2) : p.word(i + 1);
                if (rules.inList("deadline_words", next) || !next.isEmpty() && Character.isDigit(next.charAt(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean urgent(ParsedSentence p, int from, Set<String> words) {
        return p.anyIn(from + 1, p.size(), words);
    }
}
