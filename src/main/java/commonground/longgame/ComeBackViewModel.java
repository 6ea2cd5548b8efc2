package commonground.longgame;

import commonground.shell.ComeBackDates;
import commonground.shell.DatabaseThread;
import commonground.shell.Navigator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;

/**
 * "Come back to it": the plans, check-ins and practice sessions with a day to come back, and, for
 * the one chosen, the one gentle question "How did it go?". Answering records the answer and
 * clears the item from Home.
 */
public final class ComeBackViewModel {

    /** How far ahead the list looks: anything set within a year. */
    private static final int DAYS_SHOWN = 366;

    private final ComeBackRepository repository;
    private final DatabaseThread dbThread;
    private final Navigator navigator;
    private final Clock clock;
    private final ObservableList<ComeBack> items = FXCollections.observableArrayList();
    private final ObjectProperty<ComeBack> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty answer = new SimpleStringProperty(this, "answer", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** What the empty list says: nothing yet, or nothing left once everything was answered. */
    static final String NONE_YET = "Nothing to come back to yet. When you finish a walk-through or save a "
            + "check-in, you can choose a day to come back to it.";
    static final String NONE_LEFT = "Nothing left to come back to. Your answers are kept with each item.";
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", NONE_YET);
    private long wanted;
    /** What was typed as the answer when the app locked, and for which item, put back after unlocking. */
    private String keptAnswer;
    private long keptFor;

    public ComeBackViewModel(ComeBackRepository repository, DatabaseThread dbThread, Navigator navigator, Clock clock) {
        this.repository = repository;
        this.dbThread = dbThread;
        this.navigator = navigator;
        this.clock = clock;
        selected.addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                answer.set("");
            }
        });
    }

    /** Reads the items again; the one asked for by {@link #open(long)} is chosen once it is there. */
    public void reload() {
        LocalDate today = LocalDate.now(clock);
        dbThread.run(() -> repository.openUntil(today.plusDays(DAYS_SHOWN)), loaded -> {
            long keep = wanted != 0 ? wanted : selected.get() == null ? 0 : selected.get().id();
            commonground.shell.ReloadedList.setAll(items, loaded); // only what differs: a sync keeps the choice
            selected.set(loaded.stream().filter(i -> i.id() == keep).findFirst()
                    .orElse(loaded.isEmpty() ? null : loaded.get(0)));
            wanted = 0;
            if (keptAnswer != null && selected.get() != null && selected.get().id() == keptFor) {
                answer.set(keptAnswer);
            }
            keptAnswer = null;
        }, error -> message.set("What to come back to could not be read just now. " + error.getMessage()));
    }

    /**
     * The app is locking: the items read (with any answer opened) are dropped, to be read again when
     * shown after unlocking, with the same item chosen. An answer being typed is kept as typed.
     */
    public void onLock() {
        ComeBack open = selected.get();
        if (open != null) {
            wanted = open.id();
            keptFor = open.id();
            keptAnswer = answer.get();
        }
        items.clear();
        selected.set(null);
        if (keptAnswer != null) {
            answer.set(keptAnswer);
        }
        message.set("");
    }

    /** Chooses the item with this id (as Home asks), reading the list first. */
    public void open(long comeBackId) {
        wanted = comeBackId;
        message.set("");
        reload();
    }

    /** Whether the day of an item has come (today or before, in the user's time zone). */
    public boolean isDue(ComeBack item) {
        return !item.dueOn().isAfter(LocalDate.now(clock));
    }

    /** Said when another computer answered first: the answer typed here is kept as well. */
    static final String ANSWERED_ELSEWHERE = "This was already answered on another computer. Your answer is kept too, "
            + "on the Sync page, under \u201cWritten on two computers at once\u201d.";

    /** Records the answer to "How did it go?" for the chosen item, and clears it. */
    public void revisit() {
        ComeBack item = selected.get();
        if (item == null) {
            return;
        }
        String text = answer.get() == null ? "" : answer.get().strip();
        if (text.length() > ComeBack.MAX_ANSWER) {
            message.set("That answer is longer than " + ComeBack.MAX_ANSWER + " characters. "
                    + "A reflection might be a better home for it; nothing was lost.");
            return;
        }
        dbThread.run(() -> repository.answer(item, text), done -> {
            items.removeIf(i -> i.id() == item.id());
            if (items.isEmpty()) {
                emptyText.set(NONE_LEFT);
            }
            selected.set(items.isEmpty() ? null : items.get(0));
            message.set(done.keptAsCopy() ? ANSWERED_ELSEWHERE : done.item() == null
                    ? "This was already answered on another computer, or is no longer here."
                    : "Kept. Thank you for coming back to it.");
        }, error -> message.set("This could not be kept; your answer is still here. " + error.getMessage()));
    }

    /** Opens the item itself in its own module (a plan in Scenarios, a check-in in Cues). */
    public void openItem() {
        ComeBack item = selected.get();
        if (item == null) {
            return;
        }
        switch (item.kind()) {
            case ComeBackDates.PLAN -> navigator.show("scenarios", "run:" + item.itemId());
            case ComeBackDates.CHECK_IN -> navigator.show("cues", "check-in:" + item.itemId());
            case ComeBackDates.PRACTICE -> navigator.show("practice", "session:" + item.itemId());
            default -> { }
        }
    }

    public ObservableList<ComeBack> items() {
        return items;
    }

    public ObjectProperty<ComeBack> selectedProperty() {
        return selected;
    }

    public StringProperty answerProperty() {
        return answer;
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
