package commonground.draft;

import commonground.shell.DatabaseThread;
import commonground.shell.Pauses;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;

/**
 * The message draft: kept as it is typed (half a second after typing pauses, on the database
 * thread) and on leaving, so it is there next time. The coach's reading is the editor's own.
 */
public final class DraftViewModel {

    static final Duration SAVE_DELAY = Duration.millis(500);

    private final DraftRepository drafts;
    private final DatabaseThread dbThread;
    private final Pauses.Pause saveLater;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private boolean loading;

    public DraftViewModel(DraftRepository drafts, DatabaseThread dbThread, Pauses pauses) {
        this.drafts = drafts;
        this.dbThread = dbThread;
        this.saveLater = pauses.create(SAVE_DELAY, this::save);
        text.addListener((obs, old, now) -> {
            if (!loading) {
                saved.set("");
                saveLater.playFromStart();
            }
        });
    }

    /** Reads the kept draft into {@link #textProperty()}; that is not a change to save. */
    public void load() {
        dbThread.run(drafts::current, kept -> {
            loading = true;
            try {
                text.set(kept);
            } finally {
                loading = false;
            }
        });
    }

    /** Saves now what is waiting for the typing pause (leaving the module, closing the app). */
    public void flush() {
        if (saveLater.isRunning()) {
            saveLater.stop();
            save();
        }
    }

    private void save() {
        String now = text.get();
        dbThread.run(() -> {
            drafts.save(now);
            return null;
        }, ok -> saved.set("Saved"), error -> saved.set(error.getMessage()));
    }

    public StringProperty textProperty() {
        return text;
    }

    /** "Saved" once the latest text is kept, empty while typing, or what went wrong. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
