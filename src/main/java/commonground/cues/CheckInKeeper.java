package commonground.cues;

import commonground.people.Person;
import commonground.shell.DatabaseThread;
import commonground.shell.Pauses;
import javafx.util.Duration;

/**
 * Keeps the check-in being filled in, as it is typed (after a short pause, like notes), so quitting
 * or leaving the page loses nothing; puts it back the next time the page is opened; forgets it once
 * it is saved or emptied. Only a new check-in is kept: changes to a saved one are not (yet).
 */
final class CheckInKeeper {

    static final Duration DELAY = Duration.millis(500);

    private final CheckInViewModel form;
    private final CuesViewModel shared;
    private final CheckInDraftRepository repository;
    private final DatabaseThread dbThread;
    private final Pauses.Pause pause;
    private boolean restored;
    /** True while a kept check-in is being put back, so that is not kept again at once. */
    private boolean restoring;

    CheckInKeeper(CheckInViewModel form, CuesViewModel shared, CheckInDraftRepository repository,
                  DatabaseThread dbThread, Pauses pauses) {
        this.form = form;
        this.shared = shared;
        this.repository = repository;
        this.dbThread = dbThread;
        this.pause = pauses.create(DELAY, this::keepNow);
        form.setOnEdited(this::edited);
        shared.personProperty().addListener((obs, old, now) -> edited());
    }

    private void edited() {
        if (restoring || !restored) {
            return;
        }
        if (form.hasUnsavedContent()) {
            pause.playFromStart();
        } else {
            keepNow(); // saved or emptied: forgotten at once, so a saved check-in never comes back as unsaved
        }
    }

    /** Keeps what is in the form now, without waiting for the pause (leaving the page, closing). */
    void flush() {
        if (pause.isRunning()) {
            pause.stop();
            keepNow();
        }
    }

    private void keepNow() {
        pause.stop();
        Person person = shared.personProperty().get();
        if (form.editingProperty().get() != null || person == null) {
            return;
        }
        if (!form.hasUnsavedContent()) {
            dbThread.run(() -> {
                repository.clear();
                return null;
            }, ok -> { }, error -> { });
            return;
        }
        KeptCheckIn kept = new KeptCheckIn(person.id(),
                form.dateProperty().get() == null ? "" : form.dateProperty().get().toString(),
                form.timeProperty().get(), form.contextProperty().get(), form.activityProperty().get(),
                form.noteProperty().get(), form.responseProperty().get(), form.ticked());
        dbThread.run(() -> {
            repository.save(kept);
            return null;
        }, ok -> { }, error -> form.messageProperty().set("This check-in could not be kept as you type. "
                + "It is still here; saving it keeps it for good. " + CuesViewModel.message(error)));
    }

    /**
     * The first time the people are loaded: a check-in kept from before is put back, with its
     * person chosen, unless the form already holds something.
     */
    void restoreOnce() {
        if (restored) {
            return;
        }
        dbThread.run(repository::load, kept -> {
            restored = true;
            if (kept.isEmpty() || form.hasUnsavedContent() || form.editingProperty().get() != null) {
                return;
            }
            shared.persons().stream().filter(p -> p.id() == kept.get().personId()).findFirst().ifPresent(p -> {
                restoring = true;
                try {
                    shared.personProperty().set(p);
                    form.restore(kept.get());
                } finally {
                    restoring = false;
                }
            });
        }, error -> restored = true);
    }
}
