package commonground.longgame;

import commonground.shell.DatabaseThread;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Who knows what's "what they asked to keep private": the words being typed, the line that answers
 * Keep, and the words as last read or saved, which a save checks against so that words changed on
 * another computer meanwhile are kept too (decision 0032).
 */
final class KeepPrivate {

    private final StringProperty text = new SimpleStringProperty(this, "keepPrivate", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "privateMessage", "");
    /** The words as the form last read or saved them: the base the save checks against. */
    private String base;

    private record Saved(NewsSituation situation, boolean keptOther) {
    }

    /** The situation shown changed from {@code old} to {@code now}; {@code refreshing}: read again after a sync. */
    void shown(NewsSituation old, NewsSituation now, boolean refreshing) {
        if (now == null) {
            if (old != null) {
                text.set(""); // the text was the other situation's
            }
        } else if (refreshing && old != null && old.id() == now.id() && !Objects.equals(text.get().strip(), base)) {
            return; // read again after a sync while the user types here: their words stay (the save checks)
        } else if (old != null || !now.keepPrivate().isEmpty()) {
            text.set(now.keepPrivate());
            base = now.keepPrivate();
        } else { // typed with no situation chosen, then one started: the words stay, to keep with it
            base = now.keepPrivate();
        }
    }

    /** Keeps the words typed for {@code s}; {@code savedAs} gets the situation as it now reads. */
    void save(NewsSituation s, WhoKnowsRepository repository, DatabaseThread db, Consumer<NewsSituation> savedAs) {
        if (s == null) {
            message.set("Please start or choose a situation first; what you wrote is still here.");
            return;
        }
        String typed = text.get();
        String before = base;
        db.run(() -> new Saved(new NewsSituation(s.id(), s.uuid(), s.scenarioId(), s.personId(), s.title(),
                typed.strip()), repository.saveKeepPrivate(s.id(), typed, before)), done -> {
            base = done.situation().keepPrivate();
            savedAs.accept(done.situation());
            message.set("Kept what they asked you to keep private."
                    + (done.keptOther() ? " " + WhoKnowsViewModel.ALSO_CHANGED : ""));
        }, error -> message.set("This could not be kept; your words are still here. " + error.getMessage()));
    }

    void clearMessage() {
        message.set("");
    }

    StringProperty text() {
        return text;
    }

    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
