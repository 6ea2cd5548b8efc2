package commonground.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link Dialogs} as JavaFX alerts over the main window. Esc cancels. */
public final class FxDialogs implements Dialogs {

    private final Supplier<Window> owner;

    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType ok = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, ok, ButtonType.CANCEL);
        cancelByDefault(alert, ok);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public Optional<Integer> choose(String title, String message, List<String> choices) {
        List<ButtonType> buttons = new ArrayList<>();
        for (String choice : choices) {
            buttons.add(new ButtonType(choice, ButtonBar.ButtonData.OTHER));
        }
        buttons.add(ButtonType.CANCEL);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, buttons.toArray(ButtonType[]::new));
        cancelByDefault(alert, buttons.toArray(ButtonType[]::new));
        return alert.showAndWait().map(buttons::indexOf).filter(i -> i >= 0 && i < choices.size());
    }

    @Override
    public void inform(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ButtonType.OK).showAndWait();
    }

    /**
     * Enter keeps things as they are: every question here comes before something that cannot be
     * taken back or that exposes what was written (a walk-through was deleted by Enter, and a person
     * archived by it, since the focus starts on the first choice and Enter presses it).
     */
    private static void cancelByDefault(Alert alert, ButtonType... others) {
        for (ButtonType other : others) {
            if (other != ButtonType.CANCEL && alert.getDialogPane().lookupButton(other) instanceof Button b) {
                b.setDefaultButton(false);
            }
        }
        Button cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setDefaultButton(true);
        alert.setOnShown(e -> cancel.requestFocus());
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        // A width of its own to wrap at: the dialog's pane takes its content's preferred width, and
        // a long message unwrapped made the question wider than the screen.
        text.setPrefWidth(460);
        text.setMaxWidth(460);
        text.setMinHeight(Label.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        // Each button keeps its whole label ("Delete with their records" was cut); the dialog widens
        // instead. The dialog takes the window's text size, and is drawn whole on first show.
        DialogLook.apply(alert, owner.get());
        return alert;
    }
}
