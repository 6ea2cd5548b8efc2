package commonground.shell;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * What every dialog of the app shares: it belongs to the main window, takes its stylesheets and
 * its text size, keeps each button's whole label, and can be resized. Resizable because under
 * some X window managers a dialog that is not resizable is first shown blank or too small to read
 * (a known JavaFX problem on Linux, javafxports/openjdk-jfx#222, JDK-8198761); a resizable one is
 * drawn at its full size on first show.
 */
public final class DialogLook {

    /** The style class every app dialog's pane carries. */
    public static final String STYLE_CLASS = "app-dialog";

    private DialogLook() {
    }

    /** Gives {@code dialog} the app's look; {@code owner} may be null (no window yet). */
    public static void apply(Dialog<?> dialog, Window owner) {
        dialog.setResizable(true);
        // One look for every question and note: the stock alert kinds bring their own icon (a "?" or
        // an "i") and header band that no other part of the app uses; without them the app's CSS
        // (.app-dialog in app.css) gives each the page's own background, text and a bold question.
        dialog.getDialogPane().getStyleClass().removeAll("information", "confirmation", "warning", "error");
        dialog.setGraphic(null);
        dialog.getDialogPane().getStyleClass().add(STYLE_CLASS);
        for (ButtonType button : dialog.getDialogPane().getButtonTypes()) {
            if (dialog.getDialogPane().lookupButton(button) instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
                // Each as wide as its own label: made as wide as the widest, a question naming someone
                // in two buttons grew wider than the window.
                javafx.scene.control.ButtonBar.setButtonUniformSize(region, false);
            }
        }
        // The button bar gives each button its own minimum width (70 px by default), under which a
        // long label is cut ("Delete with their re…"): its minimum becomes the button's whole label.
        if (dialog.getDialogPane().lookup(".button-bar") instanceof javafx.scene.control.ButtonBar bar) {
            bar.setButtonMinWidth(Region.USE_PREF_SIZE);
            bar.setMinWidth(Region.USE_PREF_SIZE);
        }
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
                // The text size is a font size on the window's root (see ShellView): the dialog follows it.
                dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
            }
        }
    }
}
