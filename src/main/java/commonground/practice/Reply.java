package commonground.practice;

import java.util.List;

/**
 * One reply the user may choose: the words, the practices it shows (which open the other person
 * a little), the moves that close them, a note for the debrief and where it leads (a turn or an
 * ending id).
 */
public record Reply(String say, List<String> practices, List<ClosingMove> closes, String note, String next) {

    public Reply {
        practices = List.copyOf(practices);
        closes = List.copyOf(closes);
    }

    /** Closing moves outweigh any practice; otherwise a practice opens; otherwise neither. */
    public Effect effect() {
        if (!closes.isEmpty()) {
            return Effect.CLOSES;
        }
        return practices.isEmpty() ? Effect.NEUTRAL : Effect.OPENS;
    }
}
