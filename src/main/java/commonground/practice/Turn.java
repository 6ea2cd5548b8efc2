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
        for (Reply r : replies) {
            if (r.effect() == effect) {
                return r.next();
            }
        }
        return nextFor(Effect.OPENS);
    }

    /** True when the replies lead to at least two different places: a turning point. */
    public boolean turningPoint() {
        return replies.stream().map(Reply::next).distinct().count() >= 2;
    }
}
