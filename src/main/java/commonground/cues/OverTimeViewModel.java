package commonground.cues;

import commonground.people.Person;
import commonground.shell.DatabaseThread;
import commonground.shell.ReloadedList;
import commonground.shell.Dialogs;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One person over time: their check-ins, the weekly chart, shared activities, and their comfort map. */
public final class OverTimeViewModel {

    private final CuesViewModel shared;
    private final CheckInRepository checkIns;
    private final CheckInHistoryRepository history;
    private final ComfortMapRepository comfort;
    private final DatabaseThread dbThread;
    private final Dialogs dialogs;

    private final ObservableList<CheckIn> timeline = FXCollections.observableArrayList();
    private final ObjectProperty<CheckIn> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<CategoryChartData> chart =
            new SimpleObjectProperty<>(this, "chart", CategoryChartData.of(List.of()));
    private final ObservableList<ActivityComfort> activities = FXCollections.observableArrayList();
    private final ObjectProperty<ComfortMap> comfortMap = new SimpleObjectProperty<>(this, "comfortMap",
            ComfortMap.empty());
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    /** Said under the field of the comfort map's list it is about (not under the check-ins, far from it). */
    private final Map<ComfortList, javafx.beans.property.ReadOnlyStringWrapper> comfortMessages =
            new EnumMap<>(ComfortList.class);
    /** The check-in to select once the timeline is read (0 for none), as {@link #show(long)} asks. */
    private long wanted;

    OverTimeViewModel(CuesViewModel shared, CheckInRepository checkIns,
                      CheckInHistoryRepository history, ComfortMapRepository comfort,
                      DatabaseThread dbThread, Dialogs dialogs) {
        this.shared = shared;
        this.checkIns = checkIns;
        this.history = history;
        this.comfort = comfort;
        this.dbThread = dbThread;
        this.dialogs = dialogs;
        for (ComfortList list : ComfortList.values()) {
            comfortMessages.put(list, new javafx.beans.property.ReadOnlyStringWrapper(this, "comfortMessage", ""));
        }
        shared.personProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                message.set("");
                clearComfortMessages();
                reload();
            }
        });
    }

    /**
     * The app is locking: the check-ins, their notes and the comfort map read from the file are
     * dropped (each comfort item is saved as it is added, so nothing typed is lost); {@link #reload()}
     * reads them again after unlocking.
     */
    void onLock() {
        selected.set(null);
        timeline.clear();
        activities.clear();
        chart.set(CategoryChartData.of(List.of()));
        comfortMap.set(ComfortMap.empty());
        message.set("");
        clearComfortMessages();
    }

    /** Loads everything shown for the chosen person. */
    public void reload() {
        Person person = shared.personProperty().get();
        if (person == null) {
            timeline.clear();
            activities.clear();
            chart.set(CategoryChartData.of(List.of()));
            comfortMap.set(ComfortMap.empty());
            return;
        }
        long id = person.id();
        dbThread.run(() -> new Loaded(checkIns.forPerson(id), history.weeklyCategoryCounts(id),
                history.activityComfort(id), comfort.load(id)), loaded -> {
                    Person now = shared.personProperty().get();
                    if (now == null || now.id() != id) {
                        return;
                    }
                    // Equal data leaves the list and the chart as they are (see decision 0012).
                    long keep = wanted != 0 ? wanted : selected.get() == null ? 0 : selected.get().id();
                    ReloadedList.setAll(timeline, loaded.timeline());
                    CheckIn again = loaded.timeline().stream().filter(c -> c.id() == keep).findFirst().orElse(null);
                    selected.set(again);
                    if (again != null && again.id() == wanted) {
                        wanted = 0;
                    }
                    CategoryChartData data = CategoryChartData.of(loaded.weeks());
                    if (!data.equals(chart.get())) {
                        chart.set(data);
                    }
                    ReloadedList.setAll(activities, loaded.activities());
                    comfortMap.set(loaded.map());
                });
    }

    /** Reads the timeline again and selects this check-in in it (of the person chosen). */
    void show(long checkInId) {
        wanted = checkInId;
        reload();
    }

    /** Opens the selected check-in in the Check in tab to change it. */
    public void editSelected() {
        CheckIn checkIn = selected.get();
        if (checkIn != null) {
            shared.checkIn().startEditing(checkIn);
            shared.tabProperty().set(CuesTab.CHECK_IN);
        }
    }

    /** Deletes the selected check-in after asking. */
    public void deleteSelected() {
        CheckIn checkIn = selected.get();
        Person whose = shared.persons().stream().filter(p -> checkIn != null && p.id() == checkIn.personId())
                .findFirst().orElse(shared.personProperty().get());
        String about = whose == null ? "" : " about " + commonground.people.Namesakes.tellApart(whose, shared.persons());
        if (checkIn == null || !dialogs.confirm("Delete this check-in" + about + "?", "The check-in of "
                + CheckInFormat.when(checkIn.happenedAt()) + " will be deleted for good, with the cues and notes in it.",
                "Delete")) {
            return;
        }
        dbThread.run(() -> {
            checkIns.delete(checkIn.id());
            return null;
        }, ignored -> {
            message.set("The check-in of " + CheckInFormat.when(checkIn.happenedAt()) + " was deleted.");
            if (shared.checkIn().editingProperty().get() != null
                    && shared.checkIn().editingProperty().get().id() == checkIn.id()) {
                shared.checkIn().cancelEditing();
            }
            reload();
        }, error -> message.set("This could not be deleted. " + CuesViewModel.message(error)));
    }

    /** Said when a save kept what another computer did to the same comfort map. */
    static final String COMFORT_ALSO_CHANGED = "This comfort map was also changed on another computer. Its entries are "
            + "kept here with yours; any that did not fit are on the Sync page.";

    /** Adds an entry to one list of the comfort map and saves the map. */
    public boolean addComfort(ComfortList list, String text) {
        String problem = comfortMap.get().problemAdding(list, text);
        clearComfortMessages();
        if (problem != null) {
            comfortMessages.get(list).set(problem);
            return false;
        }
        List<String> items = new ArrayList<>(comfortMap.get().get(list));
        items.add(text.strip());
        return saveComfort(list, items);
    }

    /** Removes an entry from one list of the comfort map and saves the map. */
    public void removeComfort(ComfortList list, String text) {
        List<String> items = new ArrayList<>(comfortMap.get().get(list));
        clearComfortMessages();
        if (items.remove(text)) {
            saveComfort(list, items);
        }
    }

    private boolean saveComfort(ComfortList list, List<String> items) {
        Person person = shared.personProperty().get();
        if (person == null) {
            comfortMessages.get(list).set("Please choose a person first.");
            return false;
        }
        Map<ComfortList, List<String>> lists = new EnumMap<>(comfortMap.get().lists());
        lists.put(list, items);
        ComfortMap before = comfortMap.get();
        ComfortMap after = new ComfortMap(lists);
        comfortMap.set(after);
        dbThread.run(() -> comfort.save(person.id(), after, before), saved -> {
            Person shown = shared.personProperty().get();
            if (saved.changedElsewhere() && shown != null && shown.id() == person.id()) {
                comfortMap.set(saved.map());
                comfortMessages.get(list).set(COMFORT_ALSO_CHANGED);
            }
        }, error -> {
            comfortMap.set(before);
            comfortMessages.get(list).set("The comfort map could not be saved. " + CuesViewModel.message(error));
        });
        return true;
    }

    public ObservableList<CheckIn> timeline() {
        return timeline;
    }

    public ObjectProperty<CheckIn> selectedProperty() {
        return selected;
    }

    public ObjectProperty<CategoryChartData> chartProperty() {
        return chart;
    }

    public ObservableList<ActivityComfort> activities() {
        return activities;
    }

    public ObjectProperty<ComfortMap> comfortMapProperty() {
        return comfortMap;
    }

    /** What the comfort map says about one of its lists (a refused entry, a failed save); empty when nothing. */
    public javafx.beans.property.ReadOnlyStringProperty comfortMessageProperty(ComfortList list) {
        return comfortMessages.get(list).getReadOnlyProperty();
    }

    private void clearComfortMessages() {
        comfortMessages.values().forEach(m -> m.set(""));
    }

    public StringProperty messageProperty() {
        return message;
    }

    private record Loaded(List<CheckIn> timeline, List<WeekCount> weeks, List<ActivityComfort> activities,
                          ComfortMap map) {
    }
}
