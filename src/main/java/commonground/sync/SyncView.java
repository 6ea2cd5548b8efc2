package commonground.sync;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;

/** The Sync page; see {@link SyncViewModel}. */
final class SyncView extends ScrollPane {

    private final SyncViewModel model;
    private final VBox body = new VBox(14);
    private final commonground.shell.AnswerLine message = new commonground.shell.AnswerLine("sync-message");
    private final Button lockFirst = new Button("Turn the _lock on here…", new FontIcon(Feather.LOCK));

    SyncView(SyncViewModel model) {
        this.model = model;
        Label title = new Label("Sync with another computer");
        title.getStyleClass().add("page-title");
        // Said under the button that was pressed, in room kept for it: below the form it was off-screen,
        // and scrolling to it moved the button from under the pointer.
        message.showing(model.messageProperty(), model.messageIsProblemProperty());
        lockFirst.setId("sync-lock-first");
        lockFirst.setOnAction(e -> model.turnLockOn());
        lockFirst.visibleProperty().bind(model.lockNeededProperty());
        lockFirst.managedProperty().bind(lockFirst.visibleProperty());
        VBox page = new VBox(14, title, body);
        page.getStyleClass().add("page");
        page.setId("sync-view");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("page-scroll");
        model.onProperty().addListener((obs, old, now) -> show());
        model.conflicts().addListener((javafx.collections.ListChangeListener<ConflictItem>) c -> show());
        model.devices().addListener((javafx.collections.ListChangeListener<String>) c -> show());
        model.folderThereProperty().addListener((obs, old, now) -> show());
        show();
    }

    private void show() {
        body.getChildren().setAll(model.onProperty().get() ? onPart() : offPart());
    }

    private VBox offPart() {
        Label intro = paragraph("Write on a laptop in the evening and a desktop at work, and find the same journal on "
                + "both. Choose a folder your computers already share, through Dropbox, OneDrive, iCloud Drive, "
                + "Nextcloud, Syncthing or a USB stick. Common Ground keeps only encrypted files there, and never its "
                + "own database, so the sync tool cannot damage it.");
        TextField folder = new TextField();
        folder.setId("sync-folder");
        folder.setPromptText("The shared folder");
        folder.textProperty().bindBidirectional(model.folderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button("Choose…", new FontIcon(Feather.FOLDER));
        choose.setId("sync-choose-folder");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("The folder your computers share");
            File picked = chooser.showDialog(getScene().getWindow());
            if (picked != null) {
                model.folderProperty().set(picked.getAbsolutePath());
            }
        });
        HBox folderRow = new HBox(8, folder, choose);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        PasswordField pass = new PasswordField();
        pass.setId("sync-passphrase");
        pass.setPromptText("Sync passphrase");
        pass.textProperty().bindBidirectional(model.passphraseProperty());
        Label strength = paragraph("");
        strength.setId("sync-strength");
        strength.getStyleClass().addAll("strength-hint", "reserved-line");
        model.strengthProperty().addListener((obs, old, now) -> {
            strength.setText(now.hint());
            strength.getStyleClass().removeIf(c -> c.startsWith("strength-") && !c.equals("strength-hint"));
            strength.getStyleClass().add("strength-" + now.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        });
        Label passHelp = paragraph("The sync passphrase encrypts what goes into the folder. You type it once on each "
                + "computer. It may be the same as your lock passphrase, or not: your choice.");
        passHelp.getStyleClass().add("muted");
        TextField name = new TextField();
        name.setId("sync-name");
        name.setPromptText("What to call this computer");
        name.textProperty().bindBidirectional(model.computerNameProperty());
        Button start = new Button("_Start syncing from here", new FontIcon(Feather.UPLOAD_CLOUD));
        start.setId("sync-start");
        start.setOnAction(e -> model.start());
        Button join = new Button("_Join a sync", new FontIcon(Feather.DOWNLOAD_CLOUD));
        join.setId("sync-join");
        join.setOnAction(e -> model.join());
        start.disableProperty().bind(model.busyProperty());
        join.disableProperty().bind(model.busyProperty());
        Label which = paragraph("Start on the computer that has your journal; join from each of the others. "
                + "Joining keeps what is already on this computer too.");
        which.getStyleClass().add("muted");
        VBox form = new VBox(10, sectionTitle("The shared folder"), folderRow, sectionTitle("Sync passphrase"), pass,
                strength, passHelp, sectionTitle("This computer"), name, message.under(new HBox(8, start, join)),
                lockFirst, which);
        form.getStyleClass().add("form-card");
        return new VBox(14, intro, form);
    }

    private VBox onPart() {
        Label summary = paragraph("");
        summary.setId("sync-summary");
        summary.textProperty().bind(model.summaryProperty());
        Button now = new Button("Sync _now", new FontIcon(Feather.REFRESH_CW));
        now.setId("sync-now");
        now.setDefaultButton(true);
        now.disableProperty().bind(model.busyProperty());
        now.setOnAction(e -> model.syncNow());
        Label auto = paragraph("It also syncs when the app opens, soon after another computer adds changes to the "
                + "folder, every few minutes while it is open, and as it closes.");
        auto.getStyleClass().add("muted");
        VBox card = new VBox(10, summary, message.under(now), lockFirst, auto);
        card.getStyleClass().add("form-card");

        VBox devices = new VBox(6, sectionTitle("Your other computers"));
        devices.setId("sync-devices");
        if (model.devices().isEmpty() && !model.folderThereProperty().get()) {
            devices.getChildren().add(paragraph("They show here when the folder can be reached."));
        } else if (model.devices().isEmpty()) {
            devices.getChildren().add(paragraph("None yet. On your other computer, choose Sync, then Join a sync "
                    + "with the same folder and passphrase."));
        }
        model.devices().forEach(d -> devices.getChildren().add(paragraph(d)));
        devices.getStyleClass().add("form-card");

        VBox box = new VBox(14, card);
        if (!model.conflicts().isEmpty()) {
            box.getChildren().add(conflictsPart());
        }
        box.getChildren().add(devices);
        Button stop = new Button("Stop syncing on this computer…");
        stop.setId("sync-stop");
        stop.disableProperty().bind(model.busyProperty());
        stop.setOnAction(e -> model.stop());
        box.getChildren().add(stop);
        return box;
    }

    private VBox conflictsPart() {
        VBox list = new VBox(10, sectionTitle("Written on two computers at once"),
                paragraph("These words were changed on two computers before they saw each other. The later change "
                        + "is in place; the other version is kept here so nothing is lost. Copy what you want to keep "
                        + "into the note, then choose Done."));
        list.setId("sync-conflicts");
        for (ConflictItem item : model.conflicts()) {
            Label where = new Label(item.where() + ", " + item.when());
            where.getStyleClass().add("muted");
            TextArea text = new TextArea(item.text());
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(4);
            text.getStyleClass().add("conflict-text");
            Button done = new Button("Done");
            done.getStyleClass().add("conflict-done");
            done.setOnAction(e -> model.dismiss(item));
            list.getChildren().add(new VBox(6, where, text, done));
        }
        list.getStyleClass().add("form-card");
        return list;
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label paragraph(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("paragraph");
        return l;
    }
}
