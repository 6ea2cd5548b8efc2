package commonground.practice;

import java.util.List;

/**
 * One moment of a practice conversation: what the other person says, what they do without words,
 * the replies on offer and a better line the debrief suggests.
 */
public record Turn(String id, String says, String does, List<Reply> replies, BetterLine better) {

    public Turn {
        replies = List.copyOf(replies);
    }

    /**
     * Where a typed reply with this effect leads: like the first chosen reply with the same
     * effect; a reply that neither opens nor closes goes where a neutral reply would, or else
     * where the first opening reply goes (it did not push, so the talk goes on).
     */
    public String nextFor(Effect effect) {
        return nextFor(effect, List.of(), List.of());
    }

    /**
     * Where a typed reply leads: like the chosen reply of this turn closest to it, that is the one
     * with the same effect sharing the most tags with it (the practices it shows, or the moves that
     * close), the first of them on a tie or when none shares a tag. A reply that neither opens nor
     * closes goes where a neutral reply would, or else like an opening one. Always one of this
     * turn's own replies' places, so a typed reply never skips ahead to a later turn's branch.
     */
    public String nextFor(Effect effect, List<String> practices, List<ClosingMove> closes) {
        Reply best = null;
        int bestShared = -1;
        for (Reply r : replies) {
            if (r.effect() != effect) {
                continue;
            }
            int shared = (int) (r.practices().stream().filter(practices::contains).count()
                    + r.closes().stream().filter(closes::contains).count());
            if (shared > bestShared) {
                best = r;
                bestShared = shared;
            }
        }
        if (best != null) {
            return best.next();
        }
        return nextFor(Effect.OPENS, practices, closes);
    }

    /** True when the replies lead to at least two different places: a turning point. */
    public boolean turningPoint() {
        return replies.stream().map(Reply::next).distinct().count() >= 2;
    }
}
