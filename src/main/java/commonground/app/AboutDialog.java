package commonground.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import commonground.shell.DialogLook;

import java.nio.file.Path;

/** About Common Ground: version, and where the data is kept. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner, String version, Path dataFolder, Path databaseFile, DataSafety dataSafety,
                     Runnable showCareFrame, boolean syncOn) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        Runnable[] next = {null};
        alert.setTitle("About Common Ground");
        alert.setHeaderText("Common Ground " + version);
        Label text = new Label(intro(syncOn));
        text.setWrapText(true);
        text.setMaxWidth(480);
        Label where = new Label("Your data is kept in this folder:");
        TextField folder = new TextField(dataFolder.toString());
        folder.setEditable(false);
        folder.setId("about-data-folder");
        folder.setAccessibleText("Data folder");
        Label file = new Label("Database file: " + databaseFile.getFileName());
        file.getStyleClass().add("muted");
        Label backupText = new Label("A backup is made each day you open the app, in the backups folder "
                + "beside your data. The last 7 days and 4 weeks are kept.");
        backupText.setWrapText(true);
        backupText.setMaxWidth(480);
        Button backupNow = new Button("_Back up now");
        backupNow.setId("backup-now");
        Button restore = new Button("_Restore a backup…");
        restore.setId("restore-backup");
        Button exportAll = new Button("_Export everything…");
        exportAll.setId("export-all");
        Button exportMarkdown = new Button("Export for _reading (text files)…");
        exportMarkdown.setId("export-markdown");
        exportMarkdown.setOnAction(e -> closeThen(alert, next, () -> dataSafety.exportMarkdown()));
        Button importFile = new Button("_Import…");
        importFile.setId("import-file");
        for (Button b : new Button[] {backupNow, restore, exportAll, exportMarkdown, importFile}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(8, backupNow, restore);
        HBox transfer = new HBox(8, exportAll, exportMarkdown, importFile);
        exportAll.setOnAction(e -> closeThen(alert, next, () -> dataSafety.exportAll()));
        importFile.setOnAction(e -> closeThen(alert, next, () -> dataSafety.importFile()));
        javafx.scene.control.Hyperlink careFrame = new javafx.scene.control.Hyperlink(
                "What this app is and is not, and where to find help");
        careFrame.setId("about-care-frame");
        careFrame.setOnAction(e -> closeThen(alert, next, showCareFrame));
        VBox content = new VBox(10, text, careFrame, where, folder, file, backupText, actions, transfer);
        backupNow.setOnAction(e -> closeThen(alert, next, () -> dataSafety.backupNow()));
        restore.setOnAction(e -> closeThen(alert, next, () -> dataSafety.restore()));
        alert.getDialogPane().setContent(content);
        DialogLook.apply(alert, owner);
        alert.showAndWait();
        // What was chosen (an export's question, a file chooser) opens once About has closed, after
        // a pulse: opened from inside About's closing, the next dialogs were drawn blank on X.
        if (next[0] != null) {
            javafx.application.Platform.runLater(next[0]);
        }
    }

    private static void closeThen(Alert alert, Runnable[] next, Runnable action) {
        next[0] = action;
        alert.close();
    }

    /** What the app is, with where the writing is kept said truly whether this computer syncs or not. */
    static String intro(boolean syncOn) {
        return "A private coach for connecting with someone who finds feelings hard to put into words. "
                + (syncOn ? "Everything stays on your computers, synced only through the folder you chose, "
                + "encrypted: no network of ours, no tracking."
                : "Everything stays on this computer: no network, no tracking.")
                + " It is a place to practise, not therapy, and it cannot help in an emergency.";
    }
}
