package commonground.privacy;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * "Back to Sync" on the Privacy page: Sync sent the user here to turn the lock on, and once it is
 * on the way back is offered until it is used.
 */
final class BackToSync {

    private Runnable back;
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(this, "offered");

    /** Remembers where to go back to; offered at once if the lock is already on. */
    void set(Runnable back, boolean lockOn) {
        this.back = back;
        update(lockOn);
    }

    /** Offered while there is somewhere to go back to and the lock is on. */
    void update(boolean lockOn) {
        offered.set(back != null && lockOn);
    }

    /** The way back, once; the offer goes with it. Null when there is none. */
    Runnable take() {
        Runnable b = back;
        back = null;
        offered.set(false);
        return b;
    }

    ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }
}
