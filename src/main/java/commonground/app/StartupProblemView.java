package commonground.app;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Shown when the app cannot start at all: a bad command line, a data folder that cannot be made. */
final class StartupProblemView extends VBox {

    StartupProblemView(String message, Runnable quit) {
        super(14);
        getStyleClass().addAll("page", "problem-page");
        setId("startup-problem");
        Label title = new Label("Common Ground could not start");
        title.getStyleClass().add("page-title");
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("startup-problem-message");
        Button quitButton = new Button("_Quit");
        quitButton.setOnAction(e -> quit.run());
        getChildren().addAll(title, text, quitButton);
    }
}
