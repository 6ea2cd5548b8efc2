package commonground.scenarios;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.beans.property.StringProperty;

/**
 * Makes the editor of a {@code draft} step. The editor edits {@code text} in place; the module
 * saves every change. The plain editor is a text area; the message coach can supply one that
 * also checks the draft as it is written.
 */
@FunctionalInterface
public interface DraftEditorFactory {

    /** The editor for one draft; it must keep {@code text} up to date while the user types. */
    Node create(StringProperty text, String promptText);

    /** A plain text area. */
    static DraftEditorFactory plain() {
        return (text, promptText) -> {
            TextArea area = new TextArea();
            area.setId("answer-text");
            area.setWrapText(true);
            area.setPrefRowCount(5);
            area.setPromptText(promptText);
            area.textProperty().bindBidirectional(text);
            return area;
        };
    }
}
