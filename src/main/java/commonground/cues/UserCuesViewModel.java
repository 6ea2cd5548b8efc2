package commonground.cues;

import commonground.shell.DatabaseThread;
import commonground.storage.StorageException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.FilteredList;

import java.util.Arrays;
import java.util.List;

/** The user's own cues: add one with the same fields as the built-in ones, change it, retire it. */
public final class UserCuesViewModel {

    private final CuesViewModel shared;
    private final UserCueRepository repository;
    private final DatabaseThread dbThread;

    private final FilteredList<Cue> custom;
    private final ObjectProperty<Cue> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<CueCategory> category = new SimpleObjectProperty<>(this, "category");
    private final StringProperty seen = new SimpleStringProperty(this, "seen", "");
    private final StringProperty mightMean = new SimpleStringProperty(this, "mightMean", "");
    private final StringProperty acknowledgements = new SimpleStringProperty(this, "acknowledgements", "");
    private final StringProperty nonverbal = new SimpleStringProperty(this, "nonverbal", "");
    private final StringProperty notToSay = new SimpleStringProperty(this, "notToSay", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    /** Why the cue cannot be saved yet, said next to the field it names. */
    private final javafx.beans.property.ReadOnlyObjectWrapper<CueProblem> problem =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "problem");
    /** True while the form fills itself (a cue chosen, a new one started), not the user typing. */
    private boolean filling;
    /** True for a cue shared with everyone; false for one particular to the chosen person. */
    private final javafx.beans.property.BooleanProperty forEveryone =
            new javafx.beans.property.SimpleBooleanProperty(this, "forEveryone", false);

    UserCuesViewModel(CuesViewModel shared, UserCueRepository repository, DatabaseThread dbThread) {
        this.shared = shared;
        this.repository = repository;
        this.dbThread = dbThread;
        this.custom = new FilteredList<>(shared.checklistCues(), Cue::custom);
        selected.addListener((obs, old, now) -> fill(now));
        shared.personProperty().addListener((obs, old, now) -> {
            if (selected.get() != null && !selected.get().isFor(now == null ? null : now.id())) {
                startNew();
            }
        });
        fill(null);
        // The user starting on the next thing: the last status line and the problem are stale now.
        for (javafx.beans.value.ObservableValue<?> field : List.of(category, seen, mightMean, acknowledgements,
                nonverbal, notToSay, forEveryone)) {
            field.addListener((obs, old, now) -> {
                if (!filling) {
                    message.set("");
                    problem.set(null);
                }
            });
        }
    }

    /** Clears the form for a new cue. */
    public void startNew() {
        selected.set(null);
        fill(null);
        message.set("");
    }

    private void fill(Cue cue) {
        filling = true;
        try {
            fillFields(cue);
        } finally {
            filling = false;
        }
        problem.set(null);
    }

    private void fillFields(Cue cue) {
        CueText t = cue == null ? null : cue.text();
        category.set(t == null ? CueCategory.FACE : t.category());
        seen.set(t == null ? "" : t.seen());
        mightMean.set(t == null ? "" : t.mightMean());
        acknowledgements.set(t == null ? "" : String.join("\n", t.acknowledgements()));
        nonverbal.set(t == null ? "" : t.nonverbal());
        notToSay.set(t == null ? "" : t.notToSay());
        forEveryone.set(cue != null && cue.shared());
    }

    /** The form as cue words; acknowledgements are one per line. */
    CueText text() {
        List<String> acks = Arrays.asList(acknowledgements.get().split("\\R"));
        return new CueText(category.get(), seen.get(), mightMean.get(), acks, nonverbal.get(), notToSay.get());
    }

    /** Said when a save kept another computer's words for this cue as well as the ones typed here. */
    static final String ALSO_CHANGED = "This cue was also changed on another computer; its words are kept on the Sync "
            + "page, under \u201cWritten on two computers at once\u201d.";

    /** Saves the form as a new cue or as changes to the selected one; nothing is saved when a field is wrong. */
    public void save() {
        CueText text = text();
        CueProblem problem = text.problem();
        if (problem != null) {
            message.set("");
            this.problem.set(null); // asked again: the field is brought into view again
            this.problem.set(problem);
            return;
        }
        Cue current = selected.get();
        commonground.people.Person person = shared.personProperty().get();
        Long owner = forEveryone.get() || person == null ? null : person.id();
        dbThread.run(() -> {
            if (current == null) {
                repository.add(text, owner);
                return false;
            }
            boolean kept = repository.update(current.key(), text, current.text());
            if (!java.util.Objects.equals(current.personId(), owner)) {
                repository.setPerson(current.key(), owner);
            }
            return kept;
        }, kept -> {
            String whose = owner == null ? "the checklist for everyone" : person.name() + "\u2019s checklist";
            message.set(current == null ? "Your cue was added to " + whose + "." : "Saved, on " + whose + "."
                    + (kept ? " " + ALSO_CHANGED : ""));
            selected.set(null);
            fill(null);
            shared.reload();
        }, error -> message.set(error instanceof StorageException se && se.isDiskFull() ? error.getMessage()
                : "This could not be saved; what you wrote is still here. " + CuesViewModel.message(error)));
    }

    /** Retires the selected cue (hides it from the checklist), or brings a retired one back. */
    public void toggleRetired() {
        Cue current = selected.get();
        if (current == null) {
            return;
        }
        boolean retire = !current.retired();
        dbThread.run(() -> {
            repository.setRetired(current.key(), retire);
            return null;
        }, ignored -> {
            message.set(retire ? "\"" + current.seen() + "\" is retired. Past check-ins still show it."
                    : "\"" + current.seen() + "\" is back on the checklist.");
            selected.set(null);
            shared.reload();
        }, error -> message.set("This could not be changed. " + CuesViewModel.message(error)));
    }

    /** True for a cue shared with everyone; false (the default) for one particular to the chosen person. */
    public javafx.beans.property.BooleanProperty forEveryoneProperty() {
        return forEveryone;
    }

    /** The chosen person's name, for "only for Sam"; empty when no one is chosen. */
    public javafx.beans.binding.StringBinding personName() {
        // One binding for the screen's life: a fresh one per call was never read again by the label
        // bound to it, so it stayed invalid and the label kept the first person's name.
        if (personName == null) {
            personName = Bindings.createStringBinding(() -> shared.personProperty().get() == null ? ""
                    : shared.personProperty().get().name(), shared.personProperty());
        }
        return personName;
    }

    private javafx.beans.binding.StringBinding personName;

    public FilteredList<Cue> custom() {
        return custom;
    }

    public ObjectProperty<Cue> selectedProperty() {
        return selected;
    }

    public ObjectProperty<CueCategory> categoryProperty() {
        return category;
    }

    public StringProperty seenProperty() {
        return seen;
    }

    public StringProperty mightMeanProperty() {
        return mightMean;
    }

    public StringProperty acknowledgementsProperty() {
        return acknowledgements;
    }

    public StringProperty nonverbalProperty() {
        return nonverbal;
    }

    public StringProperty notToSayProperty() {
        return notToSay;
    }

    /** The last status (added, saved, retired, or why saving failed); cleared once the user types again. */
    public StringProperty messageProperty() {
        return message;
    }

    /** What keeps the cue from being saved, naming its field (as in {@link CueText#problem()}); null when none. */
    public javafx.beans.property.ReadOnlyObjectProperty<CueProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding hasSelection() {
        return selected.isNotNull();
    }

    public BooleanBinding selectedIsRetired() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().retired(), selected);
    }
}
