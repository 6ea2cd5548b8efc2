package commonground.longgame;

import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.shell.DatabaseThread;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * "A good moment with …": what happened, an optional activity and what made it easy, kept for a
 * person and shown with their check-ins, newest first.
 */
public final class GoodMomentsViewModel {

    private final PeopleRepository people;
    private final GoodMomentRepository moments;
    private final LookBackRepository lookBack;
    private final DatabaseThread dbThread;
    private final Clock clock;
    private final ObservableList<Person> persons = FXCollections.observableArrayList();
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>(this, "person");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final StringProperty what = new SimpleStringProperty(this, "what", "");
    private final StringProperty activity = new SimpleStringProperty(this, "activity", "");
    private final StringProperty madeEasy = new SimpleStringProperty(this, "madeEasy", "");
    private final ObservableList<String> activities = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private long wantedPerson;
    /** "A good moment with Sam", naming who is chosen (told apart from a namesake); "A good moment" for no one. */
    private final javafx.beans.binding.StringBinding heading = javafx.beans.binding.Bindings.createStringBinding(
            () -> person.get() == null ? "A good moment"
                    : "A good moment with " + commonground.people.Namesakes.tellApart(person.get(), persons), person, persons);

    public GoodMomentsViewModel(PeopleRepository people, GoodMomentRepository moments, LookBackRepository lookBack,
                                DatabaseThread dbThread, Clock clock) {
        this.people = people;
        this.moments = moments;
        this.lookBack = lookBack;
        this.dbThread = dbThread;
        this.clock = clock;
        day.set(LocalDate.now(clock));
        person.addListener((obs, old, now) -> {
            if (now != null && (old == null || old.id() != now.id())) {
                loadTimeline(now);
            } else if (now == null) {
                timeline.clear();
            }
        });
    }

    /** The form's heading: "A good moment with Sam". */
    public javafx.beans.binding.StringExpression headingProperty() {
        return heading;
    }

    /** Reads the people again, keeping the one chosen (or the one asked for by {@link #startFor(long)}). */
    public void reload() {
        dbThread.run(people::active, loaded -> {
            long keep = wantedPerson != 0 ? wantedPerson : person.get() == null ? 0 : person.get().id();
            wantedPerson = 0;
            commonground.shell.ReloadedList.setAll(persons, loaded); // only what differs: a sync keeps the choice
            Person chosen = loaded.stream().filter(p -> p.id() == keep).findFirst()
                    .orElse(loaded.isEmpty() ? null : loaded.get(0));
            if (chosen != null && person.get() != null && chosen.id() == person.get().id()) {
                loadTimeline(chosen);
            }
            person.set(chosen);
        }, error -> message.set("The people could not be read just now. " + error.getMessage()));
    }

    /**
     * The app is locking: the timeline (good moments and check-in activities), the activities offered
     * and the people read (with their notes) are dropped, to be read again when shown after unlocking,
     * with the same person chosen. A moment being typed is kept as typed.
     */
    public void onLock() {
        if (person.get() != null && wantedPerson == 0) {
            wantedPerson = person.get().id();
        }
        person.set(null); // empties the timeline
        timeline.clear();
        activities.clear();
        persons.clear();
        message.set("");
    }

    /** Starts a new good moment with this person (as Cues asks); 0 for whoever is chosen. */
    public void startFor(long personId) {
        wantedPerson = personId;
        day.set(LocalDate.now(clock));
        message.set("");
        reload();
    }

    private void loadTimeline(Person p) {
        dbThread.run(() -> lookBack.read(p.id(), p.name()), data -> {
            if (person.get() == null || person.get().id() != data.personId()) {
                return;
            }
            timeline.setAll(timelineOf(data, clock));
            TreeSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            data.checkIns().stream().map(LookBackData.CheckInMark::activity).filter(Objects::nonNull).forEach(tags::add);
            data.moments().stream().map(GoodMoment::activity).filter(a -> !a.isBlank()).forEach(tags::add);
            activities.setAll(tags);
        }, error -> message.set("What was kept for " + commonground.people.Namesakes.tellApart(p, persons) + " could not be read just now. " + error.getMessage()));
    }

    /** Good moments and check-ins together, newest first; a check-in shows only its activity, never its words. */
    static List<TimelineEntry> timelineOf(LookBackData data, Clock clock) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (GoodMoment m : data.moments()) {
            entries.add(new TimelineEntry(m.happenedOn(), true, m.what(), (m.activity().isBlank() ? "" : m.activity())
                    + (m.madeEasy().isBlank() ? "" : (m.activity().isBlank() ? "" : " · ") + "What made it easy: "
                    + m.madeEasy())));
        }
        for (LookBackData.CheckInMark c : data.checkIns()) {
            entries.add(new TimelineEntry(LocalDate.ofInstant(c.at(), clock.getZone()), false,
                    "A check-in" + (c.activity() == null ? "" : " (" + c.activity() + ")"),
                    c.comfortSigns() == 0 ? "" : c.comfortSigns() + (c.comfortSigns() == 1 ? " sign" : " signs")
                            + " of comfort"));
        }
        entries.sort(Comparator.comparing(TimelineEntry::on).reversed()
                .thenComparing(TimelineEntry::goodMoment, Comparator.reverseOrder()));
        return entries;
    }

    /** Keeps the good moment; a problem is said, and nothing typed is lost. */
    public void save() {
        Person p = person.get();
        if (p == null) {
            message.set("Please choose who the moment was with. You can add someone under People.");
            return;
        }
        String problem = GoodMoment.problemWith(what.get(), activity.get(), madeEasy.get(), day.get(),
                LocalDate.now(clock));
        if (problem != null) {
            message.set(problem);
            return;
        }
        LocalDate on = day.get();
        String w = what.get();
        String a = activity.get();
        String e = madeEasy.get();
        dbThread.run(() -> moments.add(p.id(), on, w, a, e), saved -> {
            what.set("");
            activity.set("");
            madeEasy.set("");
            day.set(LocalDate.now(clock));
            // The day said back in words, so a day typed in numbers and read the other way round is seen.
            message.set("Kept. A good moment with " + commonground.people.Namesakes.tellApart(p, persons)
                    + (on.equals(LocalDate.now(clock)) ? ", today." : ", on " + commonground.shell.Dates.longDay(on) + "."));
            loadTimeline(p);
        }, error -> message.set("This could not be kept; everything you wrote is still here. " + error.getMessage()));
    }

    public ObservableList<Person> persons() {
        return persons;
    }

    public ObjectProperty<Person> personProperty() {
        return person;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public StringProperty whatProperty() {
        return what;
    }

    public StringProperty activityProperty() {
        return activity;
    }

    public StringProperty madeEasyProperty() {
        return madeEasy;
    }

    public ObservableList<String> activities() {
        return activities;
    }

    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
