package commonground.app;

import commonground.shell.Preferences;
import commonground.shell.ShellModel;
import commonground.shell.TextSize;
import commonground.shell.Theme;
import javafx.application.Platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

/**
 * The theme, the text size and whether the lock was on, as they were last time, kept in the
 * preferences file and saved (off the JavaFX thread) whenever they change.
 */
final class DisplayChoices {

    private static final System.Logger LOG = System.getLogger(DisplayChoices.class.getName());

    private final Preferences preferences;
    private ShellModel shellModel;

    DisplayChoices(Preferences preferences) {
        this.preferences = preferences;
    }

    Theme theme() {
        return Theme.parse(preferences.get("theme", "LIGHT"));
    }

    /** Whether the lock was on when the app last knew, so the first frame can be the unlock screen. */
    boolean lockedLastTime() {
        return Boolean.parseBoolean(preferences.get("lock.enabled", "false"));
    }

    /**
     * Gives the shell the theme and text size of last time, and remembers them when they change.
     * The size is set on the window's {@code root} at once, before the first frame: the lock screen
     * and the first-start card sit there without the shell, and showed at 100% until it came.
     */
    void keep(ShellModel shell, Theme theme, javafx.scene.Parent root) {
        this.shellModel = shell;
        shell.themeProperty().set(theme);
        shell.textScaleProperty().set(ShellModel.TEXT_SCALES.get(
                ShellModel.nearestScale(preferences.getDouble("text.scale", 1.0))));
        TextSize.apply(root, shell.textScaleProperty().get());
        shell.textScaleProperty().addListener((obs, old, now) -> {
            TextSize.apply(root, now.doubleValue());
            preferences.put("text.scale", now);
            saveLater();
        });
        shell.themeProperty().addListener((obs, old, now) -> {
            now.apply();
            preferences.put("theme", now.name());
            saveLater();
        });
    }

    void rememberLock(boolean enabled) {
        if (lockedLastTime() != enabled) {
            preferences.put("lock.enabled", String.valueOf(enabled));
            saveLater();
        }
    }

    /** Saves now, on this thread (at the end, when the window closes). */
    void saveNow() {
        try {
            preferences.save();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "The display preferences could not be saved", e);
        }
    }

    void saveLater() {
        CompletableFuture.runAsync(() -> {
            try {
                preferences.save();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).exceptionally(e -> {
            LOG.log(System.Logger.Level.WARNING, "The display preferences could not be saved", Failures.unwrap(e));
            Platform.runLater(() -> shellModel.statusProperty().set(
                    "Your display preferences could not be saved: " + e.getMessage()));
            return null;
        });
    }
}
