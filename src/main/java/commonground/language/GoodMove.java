package commonground.language;

import java.util.Objects;

/**
 * A helpful move noticed in a draft, offered as encouragement (never as a finding).
 *
 * @param kind    what kind of move this is
 * @param start   start offset (inclusive) into the reviewed text
 * @param end     end offset (exclusive)
 * @param phrase  the words that show the move, as written
 * @param message one warm line saying why it helps
 * @param ruleId  id of the good-move pattern in coach-rules.yaml
 */
public record GoodMove(GoodMoveKind kind, int start, int end, String phrase, String message, String ruleId) {

    public GoodMove {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(message, "message");
    }
}
