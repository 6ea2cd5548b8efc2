package commonground.privacy;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** What the window shows while the app is locked: nothing of the user's writing, only a way back in. */
public final class UnlockView extends StackPane {

    private final PasswordField passphrase = new PasswordField();
    private final TextField recoveryKey = new TextField();

    public UnlockView(UnlockViewModel model) {
        getStyleClass().add("unlock-page");
        setId("unlock-view");
        FontIcon icon = new FontIcon(Feather.LOCK);
        icon.getStyleClass().add("unlock-icon");
        Label title = new Label("Common Ground is locked");
        title.getStyleClass().add("page-title");
        Label intro = new Label();
        intro.setId("unlock-intro");
        intro.textProperty().bind(javafx.beans.binding.Bindings.when(model.useRecoveryKeyProperty())
                .then("What you have written is encrypted on this computer. The recovery key you kept when you "
                        + "turned on the lock opens it too.")
                .otherwise("What you have written is encrypted on this computer. Your passphrase opens it."));
        intro.setWrapText(true);
        intro.getStyleClass().add("paragraph");

        passphrase.setId("unlock-passphrase");
        passphrase.setPromptText("Passphrase");
        passphrase.setAccessibleText("Passphrase");
        passphrase.textProperty().bindBidirectional(model.secretProperty());
        recoveryKey.setId("unlock-recovery-key");
        recoveryKey.setPromptText("32 letters and digits, in groups of four");
        recoveryKey.setAccessibleText("Recovery key");
        recoveryKey.textProperty().bindBidirectional(model.secretProperty());
        passphrase.visibleProperty().bind(model.useRecoveryKeyProperty().not());
        passphrase.managedProperty().bind(passphrase.visibleProperty());
        recoveryKey.visibleProperty().bind(model.useRecoveryKeyProperty());
        recoveryKey.managedProperty().bind(recoveryKey.visibleProperty());
        passphrase.setOnAction(e -> model.unlock());
        recoveryKey.setOnAction(e -> model.unlock());

        Button unlock = new Button("_Unlock", new FontIcon(Feather.UNLOCK));
        unlock.setId("unlock-button");
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(model.busyProperty().or(model.readyProperty().not()));
        unlock.setOnAction(e -> model.unlock());

        Hyperlink switchMode = new Hyperlink();
        switchMode.setId("unlock-switch");
        switchMode.textProperty().bind(javafx.beans.binding.Bindings.when(model.useRecoveryKeyProperty())
                .then("Use my passphrase instead").otherwise("I forgot my passphrase: use my recovery key"));
        switchMode.setOnAction(e -> {
            model.useRecoveryKeyProperty().set(!model.useRecoveryKeyProperty().get());
            focusField();
        });

        Label message = new Label();
        message.setId("unlock-message");
        message.setWrapText(true);
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        Label fieldLabel = new Label();
        fieldLabel.textProperty().bind(javafx.beans.binding.Bindings.when(model.useRecoveryKeyProperty())
                .then("_Recovery key").otherwise("_Passphrase"));
        fieldLabel.setMnemonicParsing(true);
        fieldLabel.labelForProperty().bind(javafx.beans.binding.Bindings.when(model.useRecoveryKeyProperty())
                .<javafx.scene.Node>then(recoveryKey).otherwise(passphrase));
        VBox field = new VBox(6, fieldLabel, passphrase, recoveryKey);
        VBox card = new VBox(14, icon, title, intro, field, unlock, message, switchMode);
        card.getStyleClass().addAll("form-card", "unlock-card");
        card.setAlignment(Pos.CENTER_LEFT);
        card.setPrefWidth(460);
        card.setMinHeight(USE_PREF_SIZE);
        VBox centre = new VBox(card);
        centre.setAlignment(Pos.CENTER);
        centre.setFillWidth(false);
        getChildren().add(centre);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(this::focusField);
            }
        });
    }

    public void focusField() {
        (passphrase.isVisible() ? passphrase : recoveryKey).requestFocus();
    }
}
