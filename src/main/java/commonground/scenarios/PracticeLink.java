package commonground.scenarios;

/**
 * The way from a finished walk-through to a practice conversation of the same situation. Given by
 * the composition root, so Scenarios needs to know nothing of Practise.
 */
public interface PracticeLink {

    /** No practice conversations: the button is never shown. */
    PracticeLink NONE = new PracticeLink() {
        @Override
        public boolean offers(String scenarioId) {
            return false;
        }

        @Override
        public void open(String scenarioId) {
        }
    };

    /** True when there is a practice conversation for the walk-through {@code scenarioId}. */
    boolean offers(String scenarioId);

    /** Opens that practice conversation. */
    void open(String scenarioId);

    /** Opens that practice conversation with the person the walk-through was about ({@code personId}, or null). */
    default void open(String scenarioId, Long personId) {
        open(scenarioId);
    }
}
