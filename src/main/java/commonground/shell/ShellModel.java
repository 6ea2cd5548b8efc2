package commonground.shell;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/** The shell's state: the hosted modules, the selected one, the theme and a status line. */
public final class ShellModel implements Navigator {

    private final ObservableList<AppModule> modules = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AppModule> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final javafx.beans.property.BooleanProperty syncOn =
            new javafx.beans.property.SimpleBooleanProperty(this, "syncOn", false);
    private final DoubleProperty textScale = new SimpleDoubleProperty(this, "textScale", 1.0);
    private final javafx.beans.property.BooleanProperty lockAvailable =
            new javafx.beans.property.SimpleBooleanProperty(this, "lockAvailable", false);
    private Runnable lockAction = () -> { };

    /** The text sizes offered, as a share of the normal size. */
    public static final List<Double> TEXT_SCALES = List.of(0.9, 1.0, 1.15, 1.3, 1.5);

    /** Sets the hosted modules, in sidebar order, and selects the first. */
    public void setModules(List<AppModule> list) {
        modules.setAll(list);
        selected.set(list.isEmpty() ? null : list.get(0));
    }

    public ObservableList<AppModule> modules() {
        return FXCollections.unmodifiableObservableList(modules);
    }

    public ReadOnlyObjectProperty<AppModule> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public AppModule getSelected() {
        return selected.get();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** True while the passphrase lock is on, so "Lock now" (Ctrl+L) is offered. */
    public javafx.beans.property.BooleanProperty lockAvailableProperty() {
        return lockAvailable;
    }

    public void setLockAction(Runnable action) {
        lockAction = action;
    }

    /** Locks the app now, when the lock is on. */
    public void lockNow() {
        if (lockAvailable.get()) {
            lockAction.run();
        }
    }

    /** Whether this computer syncs, so Home and the sidebar say where the writing is kept ({@link KeptWhere}). */
    public javafx.beans.property.BooleanProperty syncOnProperty() {
        return syncOn;
    }

    /**
     * A sync brought in another computer's changes (called on the JavaFX thread): the module shown
     * reads its data again ({@link AppModule#afterSync()}); the others read theirs when shown.
     */
    public void changesArrived() {
        AppModule shown = selected.get();
        if (shown != null) {
            shown.afterSync();
        }
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The size of all text, 0.9 to 1.5 times the normal size. */
    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    /** Steps the text size up (+1) or down (-1) through {@link #TEXT_SCALES}. */
    public void stepTextScale(int direction) {
        int i = nearestScale(textScale.get());
        int next = Math.max(0, Math.min(TEXT_SCALES.size() - 1, i + direction));
        textScale.set(TEXT_SCALES.get(next));
    }

    /** The offered size nearest to {@code scale}. */
    public static int nearestScale(double scale) {
        int best = 0;
        for (int i = 1; i < TEXT_SCALES.size(); i++) {
            if (Math.abs(TEXT_SCALES.get(i) - scale) < Math.abs(TEXT_SCALES.get(best) - scale)) {
                best = i;
            }
        }
        return best;
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    /** Selects the module at this position (0-based); used by Ctrl+1 … Ctrl+9. */
    public void selectIndex(int index) {
        if (index >= 0 && index < modules.size()) {
            select(modules.get(index));
        }
    }

    @Override
    public void show(String moduleId) {
        find(moduleId).ifPresent(this::select);
    }

    @Override
    public void show(String moduleId, String target) {
        find(moduleId).ifPresent(module -> {
            select(module);
            if (target != null && selected.get() == module) {
                module.open(target);
            }
        });
    }

    public Optional<AppModule> find(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    private void select(AppModule module) {
        AppModule current = selected.get();
        if (module == current) {
            return;
        }
        if (current != null && !current.canLeave()) {
            return;
        }
        selected.set(module);
    }
}
