package commonground.privacy;

import commonground.shell.PassphraseStrength;
import commonground.shell.SecretClipboard;
import javafx.geometry.Pos;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;


/** The privacy screen; see {@link PrivacyViewModel}. */
final class PrivacyView extends ScrollPane {

    private final PrivacyViewModel model;
    private final SecretClipboard clipboard;
    private final VBox page = new VBox(14);
    private final VBox body = new VBox(14);
    private final Label message = new Label();

    PrivacyView(PrivacyViewModel model, SecretClipboard clipboard) {
        this.model = model;
        this.clipboard = clipboard;
        Label title = new Label("Privacy lock");
        title.getStyleClass().add("page-title");
        message.setId("privacy-message");
        message.setWrapText(true);
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        commonground.shell.InView.whenShown(message); // in view, even when a key change redraws the cards above
        model.messageIsProblemProperty().addListener((obs, old, now) -> {
            message.getStyleClass().remove("error");
            if (now) {
                message.getStyleClass().add("error");
            }
        });
        page.getChildren().addAll(title, body, message, gentleNoticePart(), NoteTitlesCard.of(model.noteTitles()));
        page.getStyleClass().addAll("page", "privacy-page");
        page.setId("privacy-view");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("page-scroll");
        model.stageProperty().addListener((obs, old, now) -> show(now));
        show(model.stageProperty().get());
    }

    private void show(PrivacyViewModel.Stage stage) {
        // A new stage starts with the message line in its usual place, under the cards.
        if (message.getParent() != page) {
            if (message.getParent() instanceof javafx.scene.layout.Pane old) {
                old.getChildren().remove(message);
            }
            page.getChildren().add(page.getChildren().indexOf(body) + 1, message);
        }
        switch (stage) {
            case LOADING -> body.getChildren().setAll(paragraph("Reading your privacy settings…"));
            case OFF -> body.getChildren().setAll(offPart());
            case RECOVERY_KEY -> body.getChildren().setAll(recoveryPart());
            case ON -> body.getChildren().setAll(onPart());
        }
    }

    private VBox offPart() {
        Label intro = paragraph("With the lock on, what you write and choose here is stored encrypted: your "
                + "reflections, their tags and prompts, needs notes and ratings, answers and choices in walkthroughs, "
                + "check-ins with their activities, your own cues, comfort maps, drafts, and notes about people. "
                + "Anyone who opens this computer or copies the file sees only scrambled text. You will give your "
                + "passphrase each time you open the app.");
        Label what = paragraph("Names of people, dates, word counts, which cues you ticked, which needs you rated "
                + "and which walkthroughs you did with whom stay readable, so the app can sort and chart them.");
        what.getStyleClass().add("muted");
        VBox form = new VBox(10, sectionTitle("Choose a passphrase"), passphraseFields("Passphrase"),
                autoLockRow());
        Button turnOn = new Button("_Turn on the lock", new FontIcon(Feather.LOCK));
        turnOn.setId("privacy-turn-on");
        turnOn.setDefaultButton(true);
        turnOn.disableProperty().bind(model.canSubmitProperty().not());
        turnOn.setOnAction(e -> model.turnOn());
        form.getChildren().add(withReason(turnOn, model.submitBlockedProperty()));
        form.getStyleClass().add("form-card");
        return new VBox(14, intro, what, form);
    }

    private VBox recoveryPart() {
        Label intro = paragraph("This is your recovery key. If you ever forget your passphrase, it is the only "
                + "other way in; without both, what you wrote cannot be read by anyone, this app included. "
                + "Write it down or print it, and keep it somewhere safe. It is shown only now.");
        Label key = new Label();
        key.setId("recovery-key");
        key.getStyleClass().add("recovery-key");
        key.textProperty().bind(model.recoveryKeyProperty());
        key.setAccessibleText("Recovery key");
        Button copy = new Button("_Copy", new FontIcon(Feather.COPY));
        copy.setId("recovery-copy");
        copy.setOnAction(e -> {
            clipboard.copy(model.recoveryKeyProperty().get());
            model.messageProperty().set("Copied. It is taken off the clipboard again after a minute, or when the "
                    + "app locks, so paste it where you keep it now.");
        });
        Button save = new Button("_Save as a text file…", new FontIcon(Feather.DOWNLOAD));
        save.setId("recovery-save");
        save.setOnAction(e -> saveKey());
        Button print = new Button("_Print…", new FontIcon(Feather.PRINTER));
        print.setId("recovery-print");
        print.setOnAction(e -> printKey(key));
        HBox actions = new HBox(10, copy, save, print);
        CheckBox kept = new CheckBox("I have written down or printed my recovery key");
        kept.setId("recovery-kept");
        kept.selectedProperty().bindBidirectional(model.recoveryKeyKeptProperty());
        Button done = new Button("_Done", new FontIcon(Feather.CHECK));
        done.setId("recovery-done");
        done.disableProperty().bind(model.recoveryKeyKeptProperty().not());
        done.setOnAction(e -> model.recoveryKeyDone());
        // Someone may come in while the key is on screen: locking at once is offered here too (and Ctrl+L).
        Button lockNow = new Button("_Lock now", new FontIcon(Feather.LOCK));
        lockNow.setId("recovery-lock-now");
        lockNow.setOnAction(e -> model.lockNow());
        VBox card = new VBox(12, sectionTitle("Your recovery key"), intro, key, messagesAfter(actions, copy, save, print),
                kept, withReason(done, javafx.beans.binding.Bindings.when(model.recoveryKeyKeptProperty())
                        .then("").otherwise("Tick the box above once your key is written down or printed.")),
                lockNow);
        card.getStyleClass().add("form-card");
        return new VBox(14, card);
    }

    private VBox onPart() {
        Label state = paragraph("The lock is on. What you write is stored encrypted on this computer, and the app "
                + "asks for your passphrase when it opens.");
        state.setGraphic(new FontIcon(Feather.LOCK));
        Button lockNow = new Button("_Lock now", new FontIcon(Feather.LOCK));
        lockNow.setId("privacy-lock-now");
        lockNow.setOnAction(e -> model.lockNow());
        VBox lockCard = new VBox(10, state, autoLockRow(), messagesAfter(lockNow, lockNow));
        lockCard.getStyleClass().add("form-card");

        PasswordField current = new PasswordField();
        current.setId("privacy-current");
        current.setPromptText("Your current passphrase, or your recovery key");
        current.setAccessibleText("Your current passphrase, or your recovery key");
        current.setMaxWidth(420);
        current.textProperty().bindBidirectional(model.currentPassphraseProperty());
        // "Please type your current passphrase first" under a button far below: the cursor goes to the
        // field, so typing it works at once (the message stays in view beside the button).
        Runnable toCurrent = () -> {
            if (PrivacyWords.CURRENT_NEEDED.equals(model.messageProperty().get())) {
                current.requestFocus();
            }
        };
        VBox currentCard = new VBox(10, sectionTitle("Before changing the lock"), paragraph("To change your "
                + "passphrase or keys, or turn the lock off, first type your current passphrase (or your recovery "
                + "key). That way no one else can do it while the app is open."), current);
        currentCard.getStyleClass().add("form-card");

        Button change = new Button("C_hange passphrase");
        change.setId("privacy-change");
        change.disableProperty().bind(model.canSubmitProperty().not());
        change.setOnAction(e -> {
            model.changePassphrase();
            toCurrent.run();
        });
        VBox changeCard = new VBox(10, sectionTitle("Change your passphrase"), paragraph("Your writing stays "
                + "encrypted as it is; only the key that opens it is locked again under the new passphrase, here and "
                + "in every backup made with the lock on, so the old passphrase opens none of them. Your recovery "
                + "key stays the same."),
                passphraseFields("New passphrase"), withReason(change, model.submitBlockedProperty()));
        changeCard.getStyleClass().add("form-card");

        Button replace = new Button("_Replace the recovery key", new FontIcon(Feather.KEY));
        replace.setId("privacy-replace-recovery");
        replace.disableProperty().bind(model.busyProperty());
        replace.setOnAction(e -> {
            model.replaceRecoveryKey();
            toCurrent.run();
        });
        VBox replaceCard = new VBox(10, sectionTitle("Replace the recovery key"), paragraph("A new recovery key "
                + "is made and shown once. The old one stops opening the app and every backup made with the lock "
                + "on. Your passphrase and your writing stay as they are. Use this if the old key was lost, or "
                + "someone else may have seen it."), messagesAfter(replace, replace));
        replaceCard.getStyleClass().add("form-card");

        Button rotate = new Button("Encrypt with a _new key", new FontIcon(Feather.REFRESH_CW));
        rotate.setId("privacy-rotate");
        rotate.disableProperty().bind(model.busyProperty());
        rotate.setOnAction(e -> {
            model.rotateDataKey();
            toCurrent.run();
        });
        VBox rotateCard = new VBox(10, sectionTitle("Encrypt everything with a new key"), paragraph("Everything "
                + "you have written is encrypted again with a new key, here and in every backup made with the lock "
                + "on, and you get a new recovery key. Your passphrase stays the same; type it above (the recovery "
                + "key cannot be used for this). Use this if someone may have had a copy of your data together "
                + "with an old passphrase or recovery key."), messagesAfter(rotate, rotate));
        rotateCard.getStyleClass().add("form-card");

        Button off = new Button("Turn the lock o_ff", new FontIcon(Feather.UNLOCK));
        off.setId("privacy-turn-off");
        off.disableProperty().bind(model.busyProperty());
        off.setOnAction(e -> {
            model.turnOff();
            toCurrent.run();
        });
        VBox offCard = new VBox(10, sectionTitle("Turn the lock off"), paragraph("Everything is stored readable "
                + "again, and the app opens without a passphrase."), messagesAfter(off, off));
        offCard.getStyleClass().add("form-card");
        return new VBox(14, backToSyncCard(), lockCard, currentCard, changeCard, replaceCard, rotateCard, offCard);
    }

    /** Shown once the lock is on when Sync sent the user here: the way back to joining. */
    private VBox backToSyncCard() {
        Button back = new Button("_Back to Sync", new FontIcon(Feather.ARROW_LEFT));
        back.setId("privacy-back-to-sync");
        back.setOnAction(e -> model.goBack());
        VBox card = new VBox(10, paragraph(PrivacyWords.LOCK_ON_FOR_SYNC), back);
        card.setId("privacy-back-card");
        card.getStyleClass().add("form-card");
        card.visibleProperty().bind(model.backOfferedProperty());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    /**
     * The button with, beside it, why it cannot be pressed yet ({@code reason}, empty when it can);
     * what the button's action says appears under it.
     */
    private HBox withReason(Button button, javafx.beans.value.ObservableStringValue reason) {
        Label why = new Label();
        why.setId(button.getId() + "-why");
        why.getStyleClass().add("muted");
        why.setWrapText(true);
        why.textProperty().bind(reason);
        why.visibleProperty().bind(why.textProperty().isNotEmpty().and(button.disabledProperty()));
        // Its room is kept when there is no reason to give, so the fields and the button stay put.
        why.getStyleClass().add("reserved-line");
        button.setMinWidth(USE_PREF_SIZE);
        HBox row = new HBox(12, button, why);
        row.setAlignment(Pos.TOP_LEFT);
        return messagesAfter(row, button);
    }

    /**
     * What {@code buttons} say (the page's one message line) appears right under {@code row}, where
     * the person is looking, instead of at the foot of the page below every card.
     */
    private <T extends javafx.scene.layout.Region> T messagesAfter(T row, Button... buttons) {
        for (Button button : buttons) {
            button.addEventHandler(javafx.event.ActionEvent.ACTION, e -> moveMessageAfter(row));
        }
        return row;
    }

    private void moveMessageAfter(javafx.scene.Node row) {
        if (row.getScene() == null || !(row.getParent() instanceof javafx.scene.layout.Pane parent)) {
            return;
        }
        if (message.getParent() instanceof javafx.scene.layout.Pane old) {
            old.getChildren().remove(message);
        }
        parent.getChildren().add(parent.getChildren().indexOf(row) + 1, message);
    }

    private VBox passphraseFields(String label) {
        PasswordField first = new PasswordField();
        first.setId("privacy-passphrase");
        first.setPromptText(label);
        first.setAccessibleText(label);
        first.textProperty().bindBidirectional(model.passphraseProperty());
        PasswordField second = new PasswordField();
        second.setId("privacy-repeat");
        second.setPromptText("The same again");
        second.setAccessibleText(label + ", repeated");
        second.textProperty().bindBidirectional(model.repeatProperty());
        Label hint = new Label();
        hint.setId("privacy-strength");
        hint.setWrapText(true);
        hint.getStyleClass().add("strength-hint");
        model.strengthProperty().addListener((obs, old, now) -> showStrength(hint, now));
        showStrength(hint, model.strengthProperty().get());
        Label problem = new Label();
        problem.setId("privacy-passphrase-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(model.passphraseHintProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        // One word on a weak passphrase, not two: the strength line gives way to the problem line. Both
        // share one place whose room is kept, so what is below does not move as they come and go.
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty().and(problem.visibleProperty().not()));
        javafx.scene.layout.StackPane said = new javafx.scene.layout.StackPane(hint, problem);
        said.setAlignment(Pos.TOP_LEFT);
        said.getStyleClass().add("reserved-line");
        Label rule = paragraph("Longer is stronger: a few unrelated words are easier to remember than symbols. "
                + "There is no way to reset it without your recovery key. One that is easy to guess is not accepted.");
        rule.getStyleClass().add("muted");
        first.setMaxWidth(420);
        second.setMaxWidth(420);
        return new VBox(8, first, second, said, rule);
    }

    private static void showStrength(Label hint, PassphraseStrength strength) {
        hint.setText(strength.hint());
        hint.getStyleClass().removeIf(s -> s.startsWith("strength-") && !s.equals("strength-hint"));
        hint.getStyleClass().add("strength-" + strength.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    private HBox autoLockRow() {
        ChoiceBox<Integer> choice = new ChoiceBox<>();
        choice.setId("privacy-auto-lock");
        choice.getItems().setAll(AutoLock.choices());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                if (minutes == null) {
                    return "";
                }
                return minutes == 0 ? "Never" : minutes == 1 ? "After 1 minute" : "After " + minutes + " minutes";
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        choice.setValue(model.autoLockMinutesProperty().get());
        choice.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.autoLockMinutesProperty().set(now);
            }
        });
        model.autoLockMinutesProperty().addListener((obs, old, now) -> choice.setValue(now.intValue()));
        Label label = new Label("Lock when not used:");
        label.setLabelFor(choice);
        choice.setAccessibleText("Lock when not used");
        HBox row = new HBox(10, label, choice);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void saveKey() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save your recovery key");
        chooser.setInitialFileName("common-ground-recovery-key.txt");
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        model.saveRecoveryKey(file.toPath());
    }

    private void printKey(Label key) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            model.messageProperty().set("No printer was found. Please write the key down instead.");
            return;
        }
        if (job.showPrintDialog(getScene().getWindow())) {
            Label sheet = new Label("Common Ground recovery key\n\n" + model.recoveryKeyProperty().get());
            sheet.getStyleClass().add("recovery-key");
            if (job.printPage(sheet)) {
                job.endJob();
            }
        }
    }

    private VBox gentleNoticePart() {
        CheckBox show = new CheckBox("Show a gentle notice when what I write sounds like I'm not safe");
        show.setId("privacy-gentle-notice");
        show.setWrapText(true);
        show.selectedProperty().bindBidirectional(model.gentleNoticeProperty());
        Label about = paragraph("A calm card beside your note, check-in or answer, with where to find a crisis line. "
                + "It is worked out on this computer, nothing is sent anywhere, and it never stops anything from "
                + "being saved.");
        about.getStyleClass().add("muted");
        VBox card = new VBox(10, sectionTitle("Gentle notices"), show, about);
        card.getStyleClass().add("form-card");
        return card;
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("paragraph");
        return label;
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }
}
