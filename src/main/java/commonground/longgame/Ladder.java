package commonground.longgame;

import java.util.Comparator;
import java.util.List;

/**
 * Where a person's ladder stands: the next rung is suggested only after a step that landed warmly.
 * A neutral step changes nothing; a step that closed them up suggests one rung smaller for a while.
 */
public final class Ladder {

    private Ladder() {
    }

    /** The rung to suggest next, from the steps taken (any order), on a ladder of {@code top} rungs. */
    public static int suggestedRung(List<TakenStep> taken, int top) {
        List<TakenStep> ordered = taken.stream()
                .sorted(Comparator.comparing(TakenStep::takenOn).thenComparingLong(TakenStep::id)).toList();
        int rung = 1;
        for (TakenStep s : ordered) {
            if (!s.answered()) {
                continue; // not said yet: like a neutral one, it changes nothing
            }
            rung = switch (s.landed()) {
                case WARMLY -> Math.max(rung, s.rung() + 1);
                case NEUTRAL -> rung;
                case CLOSED_UP -> Math.max(1, s.rung() - 1);
            };
        }
        return Math.max(1, Math.min(rung, top));
    }

    /** A plain line on why this rung is suggested, from the latest step. */
    public static String why(List<TakenStep> taken, int suggested) {
        TakenStep last = taken.stream()
                .max(Comparator.comparing(TakenStep::takenOn).thenComparingLong(TakenStep::id)).orElse(null);
        if (last == null) {
            return "Start with the smallest step. There is no hurry.";
        }
        if (!last.answered()) {
            return "How your last step landed is not said yet. The suggestion stays where it was until it is.";
        }
        return switch (last.landed()) {
            case WARMLY -> suggested > last.rung()
                    ? "Your last step landed warmly, so a slightly larger one is here if you want it."
                    : "Your last step landed warmly. Staying here is fine too.";
            case NEUTRAL -> "Your last step landed quietly. Another step the same size, when it feels right.";
            case CLOSED_UP -> "Your last step seemed to close them up. That happens. A smaller step for a while.";
        };
    }
}
