package commonground.privacy;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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
    /** The recovery key as typed, masked like the passphrase: it opens everything. */
    private final PasswordField recoveryKey = new PasswordField();
    /** The same key in plain letters, for checking each group, while "Show the key" is ticked. */
    private final TextField recoveryKeyShown = new TextField();
    private final CheckBox showKey = new CheckBox("_Show the key as I type it");

    /** The lock screen, with nothing to open help by (see {@link #UnlockView(UnlockViewModel, Runnable)}). */
    public UnlockView(UnlockViewModel model) {
        this(model, () -> { });
    }

    /** @param help opens help and support over the lock screen, as F1 does */
    public UnlockView(UnlockViewModel model, Runnable help) {
        getStyleClass().add("unlock-page");
        setId("unlock-view");
        FontIcon icon = new FontIcon(Feather.LOCK);
        icon.getStyleClass().add("unlock-icon");
        Label title = new Label("Common Ground is locked");
        title.getStyleClass().add("page-title");
        title.setId("unlock-title");
        title.setWrapText(true); // at a larger text size it wraps rather than being cut
        title.setMinHeight(USE_PREF_SIZE);
        Label intro = new Label();
        intro.setId("unlock-intro");
        intro.textProperty().bind(javafx.beans.binding.Bindings.when(model.useRecoveryKeyProperty())
                .then("What you have written is encrypted on this computer. The recovery key you kept when you "
                        + "turned on the lock opens it too.")
                .otherwise("What you have written is encrypted on this computer. Your passphrase opens it."));
        intro.setWrapText(true);
        intro.getStyleClass().add("paragraph");
        intro.setMinHeight(USE_PREF_SIZE);

        passphrase.setId("unlock-passphrase");
        passphrase.setPromptText("Passphrase");
        passphrase.setAccessibleText("Passphrase");
        passphrase.textProperty().bindBidirectional(model.secretProperty());
        recoveryKey.setId("unlock-recovery-key");
        recoveryKey.setPromptText("32 letters and digits, in groups of four");
        recoveryKey.setAccessibleText("Recovery key");
        recoveryKey.textProperty().bindBidirectional(model.secretProperty());
        recoveryKeyShown.setId("unlock-recovery-key-shown");
        recoveryKeyShown.setPromptText(recoveryKey.getPromptText());
        recoveryKeyShown.setAccessibleText("Recovery key, shown");
        recoveryKeyShown.textProperty().bindBidirectional(model.secretProperty());
        showKey.setId("unlock-show-key");
        showKey.visibleProperty().bind(model.useRecoveryKeyProperty());
        showKey.managedProperty().bind(showKey.visibleProperty());
        showKey.selectedProperty().addListener((obs, old, now) -> focusField());
        model.useRecoveryKeyProperty().addListener((obs, old, now) -> showKey.setSelected(false));
        passphrase.visibleProperty().bind(model.useRecoveryKeyProperty().not());
        passphrase.managedProperty().bind(passphrase.visibleProperty());
        recoveryKey.visibleProperty().bind(model.useRecoveryKeyProperty().and(showKey.selectedProperty().not()));
        recoveryKey.managedProperty().bind(recoveryKey.visibleProperty());
        recoveryKeyShown.visibleProperty().bind(model.useRecoveryKeyProperty().and(showKey.selectedProperty()));
        recoveryKeyShown.managedProperty().bind(recoveryKeyShown.visibleProperty());
        passphrase.setOnAction(e -> model.unlock());
        recoveryKey.setOnAction(e -> model.unlock());
        recoveryKeyShown.setOnAction(e -> model.unlock());

        Button unlock = new Button("_Unlock", new FontIcon(Feather.UNLOCK));
        unlock.setId("unlock-button");
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(model.busyProperty().or(model.readyProperty().not()));
        unlock.setOnAction(e -> model.unlock());
        // Unlock, pressed with the pointer, loses the focus while it is greyed out (to the link below it, where
        // a typed space opened the recovery key): when the answer comes, typing goes to the field again.
        model.busyProperty().addListener((obs, was, now) -> {
            if (!now && getScene() != null) {
                focusField();
                (passphrase.isVisible() ? passphrase : recoveryKey.isVisible() ? recoveryKey : recoveryKeyShown).selectAll();
            }
        });

        Hyperlink switchMode = new Hyperlink();
        switchMode.setId("unlock-switch");
        switchMode.setWrapText(true);
        switchMode.setMinHeight(USE_PREF_SIZE);
        switchMode.textProperty().bind(javafx.beans.binding.Bindings.when(model.useRecoveryKeyProperty())
                .then("Use my passphrase instead").otherwise("I forgot my passphrase: use my recovery key"));
        switchMode.setOnAction(e -> {
            model.useRecoveryKeyProperty().set(!model.useRecoveryKeyProperty().get());
            focusField();
        });

        // Under Unlock, in room kept for it: appearing, it grew the card, which centred itself again and
        // moved Unlock from under the pointer.
        commonground.shell.AnswerLine message = new commonground.shell.AnswerLine("unlock-message");
        message.showing(model.messageProperty());

        Label fieldLabel = new Label();
        fieldLabel.textProperty().bind(javafx.beans.binding.Bindings.when(model.useRecoveryKeyProperty())
                .then("_Recovery key").otherwise("_Passphrase"));
        fieldLabel.setMnemonicParsing(true);
        fieldLabel.labelForProperty().bind(javafx.beans.binding.Bindings.when(model.useRecoveryKeyProperty())
                .<javafx.scene.Node>then(javafx.beans.binding.Bindings.when(showKey.selectedProperty())
                        .<javafx.scene.Node>then(recoveryKeyShown).otherwise(recoveryKey)).otherwise(passphrase));
        VBox field = new VBox(6, fieldLabel, passphrase, recoveryKey, recoveryKeyShown, showKey);

        Hyperlink helpLink = new Hyperlink("Help (F1)");
        helpLink.setId("unlock-help");
        helpLink.setAccessibleText("Help and support, where to find someone to talk to");
        helpLink.setOnAction(e -> help.run());
        helpLink.getStyleClass().add("muted");
        VBox card = new VBox(14, icon, title, intro, field, message.under(unlock), switchMode, helpLink);
        card.getStyleClass().addAll("form-card", "unlock-card");
        card.setAlignment(Pos.CENTER_LEFT);
        // About 460 px at the usual text size, wider as the text grows (so the field's hint still fits).
        card.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> 33 * fieldLabel.getFont().getSize(), fieldLabel.fontProperty()));
        card.setMinHeight(USE_PREF_SIZE);
        getChildren().add(new KeptInPlace(card, message));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(this::focusField);
            }
        });
    }

    /**
     * Centres the card as if its answer line held no more than its kept room, so a message longer than
     * that (the recovery key's) grows the card downwards instead of moving it up; only a card that would
     * then run past the window's bottom edge moves up, as far as it must.
     */
    private static final class KeptInPlace extends javafx.scene.layout.Pane {
        private final VBox card;
        private final Label answer;

        KeptInPlace(VBox card, Label answer) {
            super(card);
            this.card = card;
            this.answer = answer;
        }

        @Override
        protected void layoutChildren() {
            double width = Math.min(card.prefWidth(-1), getWidth());
            double height = card.prefHeight(width);
            double inner = width - card.snappedLeftInset() - card.snappedRightInset();
            double grown = Math.max(0, answer.prefHeight(inner) - answer.minHeight(inner));
            double top = Math.max(0, Math.min((getHeight() - (height - grown)) / 2, getHeight() - height));
            card.resizeRelocate(snapPositionX((getWidth() - width) / 2), snapPositionY(top), width, height);
        }

        @Override
        protected double computePrefWidth(double height) {
            return card.prefWidth(-1);
        }

        @Override
        protected double computePrefHeight(double width) {
            return card.prefHeight(-1);
        }

        @Override
        protected double computeMinHeight(double width) {
            return card.minHeight(-1);
        }
    }

    public void focusField() {
        javafx.scene.control.TextField shown = passphrase.isVisible() ? passphrase
                : recoveryKey.isVisible() ? recoveryKey : recoveryKeyShown;
        shown.requestFocus();
        shown.end();
    }
}
