package commonground.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose verdict a phrase is. "He said you were rude" reports someone else's words; "If you're
 * cold, ..." is a condition; neither is the writer judging or ordering. "I think you're..." and
 * "Everyone thinks you're..." stay the writer's own.
 */
final class Attribution {

    private static final Pattern REPORTED = Pattern.compile(
            "\\b(?:(?<who>\\w+)\\s+(?:said|says|told (?:me|him|her|them|us)|tells (?:me|him|her|them)|thinks|thought|reckons"
            + "|called|calls|believes|claims|mentioned|wrote|meant))\\b|\\baccording to\\b");

    private static final Pattern ENDORSED = Pattern.compile(
            "(?:\\band|\\bwhich|,)\\s*(?:(?:frankly|honestly|to be honest),? )?(?:(?:s?he|they|he's|she's|they're)(?:'s| is| are|'re)? "
            + "(?:right|not wrong|spot on)|i (?:agree|think so too|think (?:s?he|they)(?:'s| is| are|'re) right))\\b");

    private Attribution() {
    }

    /**
     * True if a judgment, demand or absolute at {@code pos} is not the writer's own: it reports
     * what someone else said, or it is the condition of an "if" ("If you're cold, ...").
     */
    static boolean notTheWritersVerdict(FindingKind kind, String norm, int pos) {
        if (kind != FindingKind.JUDGMENT && kind != FindingKind.DEMAND && kind != FindingKind.ABSOLUTE) {
            return false;
        }
        return norm.startsWith("if ", Math.max(0, pos - 3)) || reported(norm, pos);
    }

    /**
     * True if what comes before {@code pos} reports someone else's words or view ("He said you
     * were rude", "I told him you were tired"), rather than the writer's own verdict. "I think"
     * and "I thought" stay the writer's own.
     */
    static boolean reported(String norm, int pos) {
        if (ENDORSED.matcher(norm).find()) {
            return false; // "My mum says you're cold, and she's right": the writer makes it theirs
        }
        Matcher m = REPORTED.matcher(norm);
        m.region(0, pos);
        while (m.find()) {
            String who = m.group("who");
            boolean own = who != null && who.equals("i") && (m.group().endsWith("think")
                    || m.group().endsWith("thought") || m.group().endsWith("meant"));
            boolean everyone = who != null && (who.equals("everyone") || who.equals("everybody"));
            if (!own && !everyone) {
                return true;
            }
        }
        return false;
    }
}
