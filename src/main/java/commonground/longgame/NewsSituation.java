package commonground.longgame;

/**
 * Hard news the user is carrying (such as a parent's illness): its name, who is at the centre (someone
 * under People, or null), the walk-through it was opened from (or null), and what the person at the
 * centre asked to keep private.
 */
public record NewsSituation(long id, String uuid, String scenarioId, Long personId, String title, String keepPrivate) {

    public NewsSituation {
        keepPrivate = keepPrivate == null ? "" : keepPrivate;
    }
}
