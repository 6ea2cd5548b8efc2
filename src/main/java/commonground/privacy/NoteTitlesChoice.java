package commonground.privacy;

import commonground.shell.DatabaseThread;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * "Show the titles of my notes in Home's Recently", a choice on the Privacy screen: off unless
 * chosen, read when the screen is shown and kept as soon as it changes (both on the database
 * thread). Off, Home tells notes apart only by when and how long.
 */
public final class NoteTitlesChoice {

    private static final System.Logger LOG = System.getLogger(NoteTitlesChoice.class.getName());

    /** Where the choice is kept; called on the database thread. */
    public interface Store {
        boolean read();

        void write(boolean on);
    }

    private final DatabaseThread dbThread;
    private final Store store;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean loading;

    public NoteTitlesChoice(DatabaseThread dbThread, Store store) {
        this.dbThread = dbThread;
        this.store = store;
        shown.addListener((obs, old, now) -> {
            if (!loading) {
                save(now);
            }
        });
    }

    /** The choice for this session only (screens and tests without a database). */
    static NoteTitlesChoice inMemory() {
        boolean[] kept = {false};
        return new NoteTitlesChoice(DatabaseThread.sameThread(), new Store() {
            @Override
            public boolean read() {
                return kept[0];
            }

            @Override
            public void write(boolean on) {
                kept[0] = on;
            }
        });
    }

    /** Reads the choice as it was kept. */
    public void load() {
        dbThread.run(store::read, on -> {
            loading = true;
            shown.set(on);
            loading = false;
        }, error -> LOG.log(System.Logger.Level.WARNING, "Whether Home shows note titles could not be read", error));
    }

    private void save(boolean on) {
        problem.set("");
        dbThread.run(() -> {
            store.write(on);
            return null;
        }, ok -> { }, error -> {
            LOG.log(System.Logger.Level.WARNING, "Whether Home shows note titles could not be kept", error);
            problem.set("This choice could not be kept just now, so Home stays as it was. Please try again.");
            loading = true;
            shown.set(!on);
            loading = false;
        });
    }

    /** Whether Home's "Recently" names notes by their titles. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Why the choice was not kept, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
