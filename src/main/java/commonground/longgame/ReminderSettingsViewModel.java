package commonground.longgame;

import commonground.shell.DatabaseThread;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The reminder settings: a desktop notification (off by default) and quiet hours. Each change is kept at once. */
public final class ReminderSettingsViewModel {

    private final ReminderSettingsRepository repository;
    private final DatabaseThread dbThread;
    private final BooleanProperty desktop = new SimpleBooleanProperty(this, "desktop", false);
    private final ObjectProperty<LocalTime> quietFrom = new SimpleObjectProperty<>(this, "quietFrom",
            ReminderSettings.DEFAULT_QUIET_FROM);
    private final ObjectProperty<LocalTime> quietTo = new SimpleObjectProperty<>(this, "quietTo",
            ReminderSettings.DEFAULT_QUIET_TO);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private boolean loading;

    public ReminderSettingsViewModel(ReminderSettingsRepository repository, DatabaseThread dbThread) {
        this.repository = repository;
        this.dbThread = dbThread;
        desktop.addListener(o -> save());
        quietFrom.addListener(o -> save());
        quietTo.addListener(o -> save());
    }

    /** The hours to choose from for quiet hours. */
    public static List<LocalTime> hours() {
        List<LocalTime> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(LocalTime.of(h, 0));
        }
        return hours;
    }

    public void load() {
        dbThread.run(repository::read, s -> {
            loading = true;
            desktop.set(s.desktop());
            quietFrom.set(s.quietFrom());
            quietTo.set(s.quietTo());
            loading = false;
        }, error -> message.set("The reminder settings could not be read just now. " + error.getMessage()));
    }

    private void save() {
        if (loading || quietFrom.get() == null || quietTo.get() == null) {
            return;
        }
        boolean d = desktop.get();
        LocalTime from = quietFrom.get();
        LocalTime to = quietTo.get();
        dbThread.run(() -> {
            repository.save(d, from, to);
            return null;
        }, ok -> message.set(from.equals(to) ? "Kept. No quiet hours." : "Kept."),
                error -> message.set("The reminder settings could not be kept. " + error.getMessage()));
    }

    public BooleanProperty desktopProperty() {
        return desktop;
    }

    public ObjectProperty<LocalTime> quietFromProperty() {
        return quietFrom;
    }

    public ObjectProperty<LocalTime> quietToProperty() {
        return quietTo;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
