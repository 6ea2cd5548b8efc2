package commonground.longgame;

import commonground.people.Person;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout the long game's form tabs share (Going first, Who knows what, Good moments): a form
 * card on the left that scrolls when the text is large, and beside it a titled list that takes the
 * rest of the width.
 */
final class LongGameLayout {

    private LongGameLayout() {
    }

    /** The form card, in a scroll pane: at the largest text size it scrolls, nothing is cut. */
    static ScrollPane formColumn(String id, Node... parts) {
        VBox form = new VBox(8, parts);
        form.getStyleClass().add("form-card");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(340);
        scroll.setPrefWidth(460);
        scroll.getStyleClass().add("page-scroll");
        scroll.setId(id);
        return scroll;
    }

    /** A titled list that grows to fill the column, with what follows it (buttons, a second list). */
    static VBox listColumn(String title, ListView<?> list, Node... after) {
        List<Node> parts = new ArrayList<>(List.of(sectionTitle(title), list));
        parts.addAll(List.of(after));
        VBox column = new VBox(8);
        column.getChildren().setAll(parts);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    /**
     * Keeps room for a problem line (under a day field, say) whether or not it says anything, so what
     * is below it, the button just pressed among them, does not move when it appears.
     */
    static void keepRoom(Label problem) {
        problem.managedProperty().unbind();
        problem.setManaged(true);
        problem.getStyleClass().add("reserved-line");
    }

    /** A section title that wraps and keeps its height. */
    static Label sectionTitle(String text) {
        return wrapping(text, "section-title");
    }

    /** A muted line of explanation that wraps and keeps its height. */
    static Label muted(String text) {
        return wrapping(text, "muted");
    }

    /** A field's label, with its mnemonic ("_Name") leading to {@code target}. */
    static Label label(String text, Node target) {
        Label l = wrapping(text, null);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    /** A label that wraps and keeps its height at every text size, in {@code style} (or none). */
    private static Label wrapping(String text, String style) {
        Label l = new Label(text);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * How a person is named in {@code picker}, among everyone it lists: "Sam · Partner", told apart from
     * "sam · Partner" as Cues and Needs do ({@link commonground.people.Namesakes#pickerLabel}).
     */
    static StringConverter<Person> personNames(javafx.scene.control.ComboBox<Person> picker) {
        commonground.people.PersonPicker.retellOnChange(picker); // the closed box too, once a namesake is added
        return new StringConverter<>() {
            @Override
            public String toString(Person p) {
                return commonground.people.Namesakes.pickerLabel(p, picker.getItems());
            }

            @Override
            public Person fromString(String s) {
                return null;
            }
        };
    }
}
