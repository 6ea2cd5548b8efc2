package commonground.practice;

import commonground.language.Finding;
import commonground.language.FindingKind;
import commonground.language.GoodMove;
import commonground.language.Review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the character hears in a typed reply, from the message coach's review: the closing moves
 * it found (judgments, demands, pressure to share...) or the practices the reply shows
 * (observations, consent, I-statements, appreciation), with the coach's notes for the debrief.
 * The coach does not name acceptance or shared activities; a few plain phrases stand in for them
 * here. A closing move outweighs every practice, as in the file format.
 *
 * @param safety true when the coach read violence or a threat in the words: the reply is not
 *               played, and the user is pointed to help
 */
public record TypedReading(Effect effect, List<String> practices, List<ClosingMove> closes, List<String> notes,
                           boolean safety) {

    private static final Pattern SHARED_ACTIVITY = Pattern.compile("\\b(want to|wanna|shall we|should we|fancy|"
            + "how about|would you like to|we could|we can|let's|shall i|i could|i'll|can i (get|make)|come (for|with))\\b"
            + ".*\\b(walk|cook|cooking|eat|dinner|lunch|breakfast|game|games|play|watch|film|movie|match|drive|coffee|"
            + "tea|cuppa|kettle|telly|tv|race|racing|football|garden|gardening|fish|fishing|run|ride|swim|shop|"
            + "shopping|music|bake|build|fix|dog|park|beach|cards|puzzle)");
    private static final Pattern ACCEPTANCE = Pattern.compile("\\b(no pressure|take your time|no rush|"
            + "(that's|that is|it's|it is) (ok|okay|alright|all right|fine)|whenever you('re| are) ready|"
            + "you don't have to|you do not have to|we don't have to|i'm here|i am here|in your own time)\\b");

    public TypedReading {
        practices = List.copyOf(practices);
        closes = List.copyOf(closes);
        notes = List.copyOf(notes);
    }

    /** Reads {@code text} as the coach reviewed it, with no example line in the notes. */
    public static TypedReading of(String text, Review review) {
        return of(text, review, null);
    }

    /**
     * Reads {@code text} as the coach reviewed it. A note on a move that closes offers
     * {@code example} (the turn's better line, which fits this conversation) instead of the coach's
     * own example, which was written for some other conversation ("phones at dinner" in a talk
     * about an illness); with no {@code example}, none is offered.
     */
    public static TypedReading of(String text, Review review, String example) {
        List<ClosingMove> closes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean safety = false;
        for (Finding f : review.findings()) {
            if (f.kind() == FindingKind.SAFETY) {
                safety = true;
                notes.add(f.explanation());
                continue;
            }
            ClosingMove move = closingMove(f.kind());
            if (!closes.contains(move)) {
                closes.add(move);
            }
            notes.add("\"" + f.phrase() + "\": " + f.explanation() + " " + f.direction()
                    + (example == null || example.isBlank() ? "" : " A line to try here: \"" + example + "\""));
        }
        List<String> practices = new ArrayList<>();
        if (closes.isEmpty() && !safety) {
            for (GoodMove g : review.goodMoves()) {
                add(practices, practiceOf(g));
                notes.add("\"" + g.phrase() + "\": " + g.message());
            }
            String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (SHARED_ACTIVITY.matcher(lower).find()) {
                add(practices, "their-world");
                notes.add("You offered something to do together, which asks nothing of them.");
            }
            if (ACCEPTANCE.matcher(lower).find()) {
                add(practices, "acceptance");
                notes.add("You let them be as they are, without pressure.");
            }
        }
        Effect effect = !closes.isEmpty() ? Effect.CLOSES : practices.isEmpty() ? Effect.NEUTRAL : Effect.OPENS;
        return new TypedReading(safety ? Effect.NEUTRAL : effect, practices, closes, notes, safety);
    }

    private static void add(List<String> list, String id) {
        if (!list.contains(id)) {
            list.add(id);
        }
    }

    static ClosingMove closingMove(FindingKind kind) {
        return switch (kind) {
            case JUDGMENT -> ClosingMove.JUDGMENT;
            case DEMAND -> ClosingMove.DEMAND;
            case ABSOLUTE -> ClosingMove.ABSOLUTE;
            case PRESSURE_TO_SHARE -> ClosingMove.PRESSURE;
            case DISGUISED_JUDGMENT -> ClosingMove.DISGUISED_JUDGMENT;
            case ULTIMATUM, SAFETY -> ClosingMove.ULTIMATUM;
        };
    }

    static String practiceOf(GoodMove move) {
        return switch (move.kind()) {
            case OBSERVATION -> "nonverbal";
            case CONSENT -> "consent";
            case I_STATEMENT -> "self-disclosure";
            case REQUEST_WITH_ROOM -> "needs";
            case APPRECIATION -> "acceptance";
        };
    }
}
