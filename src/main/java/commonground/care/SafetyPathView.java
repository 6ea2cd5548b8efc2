package commonground.care;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.VBox;

/**
 * A calm panel for the safe path: a heading, what it says (the full text after a Yes or "I'm not
 * sure", or the short line that replaces advice about waiting and staying close), where help is
 * (F1), and a button that opens Help and support when the window offers it.
 */
public final class SafetyPathView extends VBox {

    private static final KeyCodeCombination F1 = new KeyCodeCombination(KeyCode.F1);

    private final Label heading = new Label("Your safety comes first");
    private final Label text = new Label();
    private final Label pointer = new Label(SafetyNotice.HELP_POINTER);
    private final Button openHelp = new Button("Open Help and support");

    /** @param idPrefix makes the ids of this panel's parts unique on its screen, e.g. {@code people} */
    public SafetyPathView(String idPrefix) {
        super(6);
        getStyleClass().add("safety-path");
        setId(idPrefix + "-safety-path");
        heading.getStyleClass().add("card-title");
        heading.setWrapText(true); // the whole heading at large text ("Why some suggestions are left out")
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setId(idPrefix + "-safety-text");
        text.setWrapText(true);
        text.getStyleClass().add("card-text");
        pointer.setId(idPrefix + "-safety-help");
        pointer.setWrapText(true);
        pointer.getStyleClass().add("card-text");
        openHelp.setId(idPrefix + "-open-help");
        openHelp.setOnAction(e -> openHelp(getScene()));
        openHelp.setVisible(false);
        openHelp.managedProperty().bind(openHelp.visibleProperty());
        sceneProperty().addListener((obs, old, now) -> openHelp.setVisible(helpAction(now) != null));
        visibleProperty().addListener((obs, old, now) -> openHelp.setVisible(helpAction(getScene()) != null));
        getChildren().addAll(heading, text, pointer, openHelp);
    }

    /** Sets the panel's heading ("Your safety comes first" unless set). */
    public void setHeading(String value) {
        heading.setText(value);
    }

    /** Sets what the panel says above the pointer to Help. */
    public void setText(String value) {
        text.setText(value);
    }

    public String getText() {
        return text.getText();
    }

    /** Opens Help and support, when the window has it on F1; returns false when it has not. */
    public static boolean openHelp(Scene scene) {
        Runnable action = helpAction(scene);
        if (action == null) {
            return false;
        }
        action.run();
        return true;
    }

    private static Runnable helpAction(Scene scene) {
        return scene == null ? null : scene.getAccelerators().get(F1);
    }
}
