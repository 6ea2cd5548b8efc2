package commonground.language;

import java.util.Objects;
import java.util.Optional;

/**
 * One flagged phrase in a draft.
 *
 * @param kind           what kind of problem this is
 * @param start          start offset (inclusive) into the text passed to {@link LanguageCoach#review(String)}
 * @param end            end offset (exclusive); {@code text.substring(start, end)} equals {@code phrase}
 * @param phrase         the flagged words, as written
 * @param explanation    one plain line on why this may not land well
 * @param direction      which way to go in a rewrite
 * @param exampleRewrite an example rewrite, when one can be offered
 * @param ruleId         id of the rule in coach-rules.yaml that matched (for explanation and tests)
 */
public record Finding(FindingKind kind, int start, int end, String phrase, String explanation,
                      String direction, Optional<String> exampleRewrite, String ruleId) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(exampleRewrite, "exampleRewrite");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Length of the span in characters. */
    public int length() {
        return end - start;
    }
}
