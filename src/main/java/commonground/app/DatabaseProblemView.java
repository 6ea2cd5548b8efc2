package commonground.app;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shown instead of the app when the data file cannot be opened. Says what was found, and
 * that the file was left untouched. For an empty file it offers to move it aside and start fresh.
 */
final class DatabaseProblemView extends VBox {

    private final HBox actions = new HBox(8);
    private final Label salvageResult = new Label();

    DatabaseProblemView(String problem, java.nio.file.Path file, boolean emptyFile, Runnable moveAsideAndStartFresh,
                        Runnable quit) {
        getStyleClass().addAll("page", "problem-page");
        setId("database-problem");
        setSpacing(14);
        setMaxWidth(720);

        Label title = new Label("Your data could not be opened");
        title.getStyleClass().add("page-title");
        Label message = new Label(problem);
        message.setId("database-problem-message");
        message.setWrapText(true);
        message.getStyleClass().add("paragraph");
        Label untouched = new Label("The file has not been changed. Nothing was overwritten.");
        untouched.setWrapText(true);
        untouched.getStyleClass().add("muted");
        TextField path = new TextField(String.valueOf(file));
        path.setEditable(false);
        path.setAccessibleText("Where the data file is");

        Button quitButton = new Button("_Quit", new FontIcon(Feather.X));
        quitButton.setId("quit-button");
        quitButton.setOnAction(e -> quit.run());
        if (emptyFile) {
            Button fresh = new Button("_Move it aside and start fresh", new FontIcon(Feather.FOLDER));
            fresh.setId("start-fresh-button");
            fresh.setDefaultButton(true);
            fresh.setOnAction(e -> moveAsideAndStartFresh.run());
            actions.getChildren().add(fresh);
            Label explain = new Label("Starting fresh renames the empty file (it is kept beside the new one) "
                    + "and creates a new, empty data file.");
            explain.setWrapText(true);
            explain.getStyleClass().add("muted");
            getChildren().addAll(title, message, untouched, path, explain, actions);
        } else {
            getChildren().addAll(title, message, untouched, path, actions);
        }
        actions.getChildren().add(quitButton);
    }

    /** For a damaged file: offers the newest backup that passes its check, if there is one. */
    void offerRecovery(java.util.Optional<String> newestGoodBackup, Runnable restore, Runnable salvage) {
        Label text = new Label(newestGoodBackup.map(when -> "There is a good backup from " + when + ". "
                + "Restoring it moves the damaged file aside (it is kept, renamed) and puts the backup in its place.")
                .orElse("No good backup was found in the backups folder."));
        text.setWrapText(true);
        text.setId("recovery-offer");
        getChildren().add(getChildren().indexOf(actions), text);
        if (newestGoodBackup.isPresent()) {
            Button restoreButton = new Button("_Restore the backup from " + newestGoodBackup.get(),
                    new FontIcon(Feather.ROTATE_CCW));
            restoreButton.setId("restore-backup-button");
            restoreButton.setDefaultButton(true);
            restoreButton.setOnAction(e -> restore.run());
            actions.getChildren().add(0, restoreButton);
        }
        Button salvageButton = new Button("_Save what can still be read…", new FontIcon(Feather.DOWNLOAD));
        salvageButton.setId("salvage-button");
        salvageButton.setOnAction(e -> salvage.run());
        actions.getChildren().add(actions.getChildren().size() - 1, salvageButton);
        salvageResult.setWrapText(true);
        salvageResult.setId("salvage-result");
        getChildren().add(salvageResult);
    }

    /** Says what a salvage saved, or why it could not. */
    void showSalvageResult(String text) {
        salvageResult.setText(text);
    }
}
