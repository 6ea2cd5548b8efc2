package commonground.longgame;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.time.LocalTime;

/** Reminders: the calm notice in the app, an optional desktop notification, and quiet hours. */
final class ReminderSettingsView extends VBox {

    ReminderSettingsView(ReminderSettingsViewModel model) {
        super(8);
        setId("reminder-settings");
        getStyleClass().add("form-card");
        Label title = new Label("Reminders");
        title.getStyleClass().add("section-title");
        Label lead = new Label("When the app is open on the day you chose, a calm notice appears at the foot of "
                + "the window, at most once a day.");
        lead.setWrapText(true);
        lead.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        lead.getStyleClass().add("muted");
        CheckBox desktop = new CheckBox("Also show a desktop notification where this computer offers one. It only "
                + "ever says \u201c" + Reminders.DESKTOP_TEXT + "\u201d.");
        desktop.setId("reminder-desktop");
        desktop.setWrapText(true);
        desktop.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        desktop.selectedProperty().bindBidirectional(model.desktopProperty());
        ComboBox<LocalTime> from = hours("reminder-quiet-from");
        ComboBox<LocalTime> to = hours("reminder-quiet-to");
        from.valueProperty().bindBidirectional(model.quietFromProperty());
        to.valueProperty().bindBidirectional(model.quietToProperty());
        Label quiet = new Label("Quiet hours, no reminders: from");
        quiet.setLabelFor(from);
        to.setAccessibleText("Quiet hours end at");
        from.setAccessibleText("Quiet hours start at");
        FlowPane hours = new FlowPane(8, 8, quiet, from, new Label("to"), to);
        hours.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("reminder-message");
        message.getStyleClass().add("muted");
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(title, lead, desktop, hours, message);
    }

    private static ComboBox<LocalTime> hours(String id) {
        ComboBox<LocalTime> box = new ComboBox<>();
        box.getItems().setAll(ReminderSettingsViewModel.hours());
        box.setId(id);
        return box;
    }
}
