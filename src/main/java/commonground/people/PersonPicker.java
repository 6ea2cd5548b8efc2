package commonground.people;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * Keeps a picker of people, closed and open, naming each as the others are named now. A picker names its choice by
 * who else it lists ({@link Namesakes#pickerLabel}): "Sam · Partner" alone, "Sam · Partner (1)" once
 * a second Sam is added. The closed box does not draw its choice again when only the list around it
 * changes, so without this it keeps the old words ("Sam · Partner") beside a list of two Sams.
 */
public final class PersonPicker {

    private PersonPicker() {
    }

    /**
     * Draws {@code box}'s closed choice again whenever {@code others} changes (the people it is told
     * apart from; often the box's own items). The box should have a button cell or a converter that
     * names people with {@link Namesakes}.
     */
    public static void retellOnChange(ComboBox<?> box, ObservableList<?> others) {
        InvalidationListener retell = o -> retell(box);
        box.getProperties().put(PersonPicker.class, retell); // kept as long as the box
        others.addListener(new WeakInvalidationListener(retell));
    }

    /** {@link #retellOnChange} with the people the box itself lists, even when its list is replaced. */
    public static void retellOnChange(ComboBox<?> box) {
        InvalidationListener retell = o -> retell(box);
        box.getProperties().put(PersonPicker.class, retell);
        box.getItems().addListener(retell);
        box.itemsProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(retell);
            }
            if (now != null) {
                now.addListener(retell);
            }
            retell(box);
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void retell(ComboBox box) {
        ListCell cell = box.getButtonCell();
        if (cell == null) {
            cell = new ListCell() {
                @Override
                protected void updateItem(Object item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? box.getPromptText() : box.getConverter().toString(item));
                }
            };
        } else {
            box.setButtonCell(null);
        }
        box.setButtonCell(cell);
        // The open list's rows are drawn anew too: a row drawn before the namesake came kept the old words.
        if (box.getSkin() instanceof javafx.scene.control.skin.ComboBoxListViewSkin<?> skin
                && skin.getPopupContent() instanceof javafx.scene.control.ListView<?> list) {
            list.refresh();
        }
    }
}
