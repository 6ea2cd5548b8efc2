package commonground.people;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A closed picker names its Sam as the open list does, once a second Sam is added. */
class PersonPickerTest {

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static Person sam(long id) {
        Instant added = Instant.parse("2026-12-02T10:00:00Z");
        return new Person(id, "u" + id, "Sam", Relationship.PARTNER, "", Pronouns.THEY, null, added, added, null);
    }

    private static String closedText(ComboBox<Person> box) {
        return box.getButtonCell() == null ? null : box.getButtonCell().getText();
    }

    private static ComboBox<Person> shown(ComboBox<Person> box) {
        new Scene(new StackPane(box), 400, 100);
        box.applyCss();
        box.layout();
        return box;
    }

    @Test
    void aButtonCellSaysWhichSamOnceASecondIsAdded() {
        AtomicReference<String> before = new AtomicReference<>();
        AtomicReference<String> after = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            ObservableList<Person> people = FXCollections.observableArrayList(sam(1));
            ComboBox<Person> box = new ComboBox<>(people);
            box.setButtonCell(new ListCell<>() {
                @Override
                protected void updateItem(Person p, boolean empty) {
                    super.updateItem(p, empty);
                    setText(empty || p == null ? null : Namesakes.pickerLabel(p, people));
                }
            });
            PersonPicker.retellOnChange(box);
            shown(box).setValue(people.get(0));
            box.layout();
            before.set(closedText(box));
            people.add(sam(2));
            box.layout();
            after.set(closedText(box));
        });
        assertEquals("Sam · Partner", before.get());
        assertEquals("Sam · Partner (1)", after.get());
    }

    @Test
    void aConverterNamesWhichSamOnceASecondIsAdded() {
        AtomicReference<String> after = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            ObservableList<Person> people = FXCollections.observableArrayList(sam(1));
            ComboBox<Person> box = new ComboBox<>(people);
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Person p) {
                    return Namesakes.pickerLabel(p, box.getItems());
                }

                @Override
                public Person fromString(String s) {
                    return null;
                }
            });
            PersonPicker.retellOnChange(box);
            shown(box).setValue(people.get(0));
            people.add(sam(2));
            box.layout();
            after.set(closedText(box));
        });
        assertEquals("Sam · Partner (1)", after.get());
    }
}
