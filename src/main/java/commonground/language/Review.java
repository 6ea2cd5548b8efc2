package commonground.language;

import java.util.List;

/**
 * The result of {@link LanguageCoach#review(String)}.
 *
 * @param findings  flagged phrases, ordered by start offset; empty when nothing is flagged
 * @param goodMoves helpful moves, ordered by start offset; only from sentences with no findings
 */
public record Review(List<Finding> findings, List<GoodMove> goodMoves) {

    public Review {
        findings = List.copyOf(findings);
        goodMoves = List.copyOf(goodMoves);
    }

    /** True when at least one phrase was flagged. */
    public boolean flagged() {
        return !findings.isEmpty();
    }
}
