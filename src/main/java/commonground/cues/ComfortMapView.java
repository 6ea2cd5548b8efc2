package commonground.cues;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/** The four editable lists of a person's comfort map, saved as soon as an entry is added or removed. */
final class ComfortMapView extends GridPane {

    private final OverTimeViewModel model;

    ComfortMapView(OverTimeViewModel model) {
        this.model = model;
        setId("comfort-map");
        setHgap(12);
        setVgap(12);
        for (int c = 0; c < 2; c++) {
            javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
            half.setPercentWidth(50);
            getColumnConstraints().add(half);
        }
        int i = 0;
        for (ComfortList list : ComfortList.values()) {
            VBox box = listBox(list);
            GridPane.setHgrow(box, Priority.ALWAYS);
            add(box, i % 2, i / 2);
            i++;
        }
    }

    private VBox listBox(ComfortList list) {
        String id = "comfort-" + list.name().toLowerCase(Locale.ROOT);
        Label title = new Label(list.label());
        title.getStyleClass().add("comfort-title");
        if (list == ComfortList.DECLINES) {
            title.getStyleClass().add("boundary");
        }
        title.setWrapText(true);
        ListView<String> items = new ListView<>();
        items.setId(id);
        items.setPrefHeight(110);
        items.setPlaceholder(new Label("Nothing yet"));
        TextField entry = new TextField();
        entry.setId(id + "-entry");
        entry.setPromptText("Add");
        entry.setAccessibleText("Add an entry to " + list.label());
        Button add = new Button(null, new FontIcon(Feather.PLUS));
        add.setId(id + "-add");
        add.setAccessibleText("Add to " + list.label());
        Button remove = new Button(null, new FontIcon(Feather.MINUS));
        remove.setId(id + "-remove");
        remove.setAccessibleText("Remove the selected entry from " + list.label());
        remove.disableProperty().bind(items.getSelectionModel().selectedItemProperty().isNull());
        HBox row = new HBox(6, entry, add, remove);
        HBox.setHgrow(entry, Priority.ALWAYS);

        model.comfortMapProperty().addListener((obs, old, now) -> items.getItems().setAll(now.get(list)));
        items.getItems().setAll(model.comfortMapProperty().get().get(list));
        Runnable addEntry = () -> {
            if (model.addComfort(list, entry.getText())) {
                entry.clear();
            }
        };
        add.setOnAction(e -> addEntry.run());
        entry.setOnAction(e -> addEntry.run());
        remove.setOnAction(e -> {
            String selected = items.getSelectionModel().getSelectedItem();
            if (selected != null) {
                model.removeComfort(list, selected);
            }
        });
        Label said = new Label();
        said.setId(id + "-message");
        // Right under its own field, in room kept for it: nothing below moves when it appears.
        said.getStyleClass().addAll("form-message", "reserved-line");
        said.setWrapText(true);
        said.textProperty().bind(model.comfortMessageProperty(list));
        VBox box = new VBox(6, title, items, row, said);
        box.getStyleClass().add("comfort-list");
        return box;
    }
}
