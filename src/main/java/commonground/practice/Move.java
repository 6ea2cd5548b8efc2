package commonground.practice;

import java.util.List;

/**
 * One reply the user gave at one turn: a chosen reply ({@code replyIndex}) or typed words
 * ({@code typed}), what it did, the tags that decided it and the openness after it.
 */
public record Move(String turnId, Integer replyIndex, String typed, Effect effect, List<String> practices,
                   List<ClosingMove> closes, int opennessAfter) {

    public Move {
        practices = List.copyOf(practices);
        closes = List.copyOf(closes);
        if ((replyIndex == null) == (typed == null)) {
            throw new IllegalArgumentException("a move is either a chosen reply or typed words");
        }
    }

    public boolean isTyped() {
        return typed != null;
    }
}
