package commonground.care;

import commonground.shell.Stylesheets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The gentle notice, a calm card placed beside the text (never over it): it says things sound
 * hard, where to find a crisis line, and that people one trusts can help; it can be dismissed for
 * the item or turned off. It shows and hides with {@link DistressNotice#showingProperty()} and
 * takes up no room while hidden. It never takes the focus from the text.
 */
public final class DistressCard extends VBox {

    public static final String STYLE_CLASS = "distress-card";
    static final String MESSAGE = "It sounds like things are very hard right now. You don't have to carry this alone.";

    private final DistressNotice notice;
    private final Label message = new Label(MESSAGE, new FontIcon(Feather.HEART));
    private final Label crisisLine = new Label();
    private final Label people = new Label();
    private final Label abuseLine = new Label();
    private final Button dismiss = new Button();
    private final Hyperlink turnOff = new Hyperlink("Turn these notices off");
    private final Hyperlink openHelp = new Hyperlink("Open Help and support (F1)");
    static final String CONFIRM = "The notices will stop everywhere until you turn them on again in Privacy.";
    static final String TURNED_OFF = "The notices are off now. You can turn them on again in Privacy.";
    private final Label confirm = new Label(CONFIRM);
    private final Button confirmTurnOff = new Button("Turn them off");
    private final Button keep = new Button("Keep them");
    private final Label turnedOff = new Label(TURNED_OFF);
    private final Button close = new Button("Close");
    private FlowPane actions;
    private VBox confirming;
    private VBox saidOff;

    public DistressCard(DistressNotice notice) {
        this.notice = notice;
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(Stylesheets.url("/commonground/care/care.css"));
        setId("distress-card");
        setMaxHeight(USE_PREF_SIZE);
        setAccessibleText(MESSAGE);
        message.getStyleClass().add("distress-message");
        message.setAccessibleText(MESSAGE);
        message.getGraphic().getStyleClass().add("distress-icon");
        message.setWrapText(true);
        message.setMinHeight(USE_PREF_SIZE);
        crisisLine.setId("distress-crisis-line");
        crisisLine.getStyleClass().add("distress-crisis-line");
        crisisLine.setWrapText(true);
        crisisLine.setMinHeight(USE_PREF_SIZE);
        abuseLine.setId("distress-abuse-line");
        abuseLine.getStyleClass().add("distress-crisis-line");
        abuseLine.setWrapText(true);
        abuseLine.setMinHeight(USE_PREF_SIZE);
        people.getStyleClass().add("distress-people");
        people.setWrapText(true);
        people.setMinHeight(USE_PREF_SIZE);
        dismiss.setId("distress-dismiss");
        dismiss.setMinWidth(USE_PREF_SIZE);
        dismiss.setText(notice.dismissLabel());
        dismiss.setAccessibleText(notice.dismissLabel() + ", hides this notice");
        turnOff.setId("distress-turn-off");
        turnOff.getStyleClass().add("distress-turn-off");
        turnOff.setAccessibleText("Turn these notices off. You can turn them on again in Privacy.");
        turnOff.setTooltip(new Tooltip("You can turn them on again in Privacy."));
        openHelp.setId("distress-open-help");
        openHelp.getStyleClass().add("distress-open-help");
        openHelp.setAccessibleText("Open Help and support, with people and services to call");
        openHelp.setWrapText(true); // the card is narrow beside a note
        openHelp.setMinHeight(USE_PREF_SIZE);
        turnOff.setWrapText(true);
        turnOff.setMinHeight(USE_PREF_SIZE);
        confirm.setId("distress-confirm-text");
        confirm.setWrapText(true);
        confirm.setMinHeight(USE_PREF_SIZE);
        confirmTurnOff.setId("distress-confirm-turn-off");
        keep.setId("distress-keep");
        keep.setDefaultButton(false);
        turnedOff.setId("distress-turned-off");
        turnedOff.setWrapText(true);
        turnedOff.setMinHeight(USE_PREF_SIZE);
        close.setId("distress-close");
    }

    private void layoutParts() {
        // Side by side when there is room, one under the other when the card is narrow.
        actions = new FlowPane(12, 6, dismiss, turnOff);
        actions.getStyleClass().add("distress-actions");
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        FlowPane confirmActions = new FlowPane(12, 6, confirmTurnOff, keep);
        confirmActions.getStyleClass().add("distress-actions");
        confirming = new VBox(6, confirm, confirmActions);
        confirming.setId("distress-confirm");
        saidOff = new VBox(6, turnedOff, close);
        saidOff.setId("distress-said-off");
        // The usual buttons, the question before turning off and the word after share one place as
        // tall as the tallest, so asking does not push what is below the card (a note's footer)
        // from under the pointer.
        javafx.scene.layout.StackPane answers = new javafx.scene.layout.StackPane(actions, confirming, saidOff);
        answers.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        getChildren().setAll(message, crisisLine, abuseLine, people, openHelp, answers);
    }

    private void setupBindings() {
        visibleProperty().bind(notice.showingProperty().or(notice.justTurnedOffProperty()));
        managedProperty().bind(visibleProperty());
        // Where there is no room for it in the window (large text), the page scrolls to show it.
        visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                commonground.shell.InView.later(this);
            }
        });
        // Asking before turning off, and the brief word after, take the place of the usual buttons.
        confirming.visibleProperty().bind(notice.confirmingTurnOffProperty());
        actions.visibleProperty().bind(notice.confirmingTurnOffProperty().not()
                .and(notice.justTurnedOffProperty().not()));
        saidOff.visibleProperty().bind(notice.justTurnedOffProperty());
        for (javafx.scene.Node part : new javafx.scene.Node[] {message, crisisLine, people, openHelp}) {
            part.visibleProperty().bind(notice.justTurnedOffProperty().not());
        }
        abuseLine.visibleProperty().bind(notice.justTurnedOffProperty().not().and(notice.fromSomeoneProperty()));
        abuseLine.managedProperty().bind(abuseLine.visibleProperty());
        for (javafx.scene.Node part : new javafx.scene.Node[] {message, crisisLine, people, openHelp}) {
            part.managedProperty().bind(part.visibleProperty());
        }
        notice.showingProperty().addListener((obs, old, now) -> {
            if (now) {
                notice.refreshPeopleToCall();
                crisisLine.setText(notice.crisisLineText());
                abuseLine.setText(notice.abuseLineText());
                setAccessibleText(MESSAGE + " " + crisisLine.getText()
                        + (notice.fromSomeoneProperty().get() ? " " + abuseLine.getText() : ""));
            }
        });
        notice.fromSomeoneProperty().addListener((obs, old, now) -> {
            abuseLine.setText(notice.abuseLineText());
            setAccessibleText(MESSAGE + " " + crisisLine.getText() + (now ? " " + abuseLine.getText() : ""));
        });
        abuseLine.setText(notice.abuseLineText());
        crisisLine.setText(notice.crisisLineText());
        people.setId("distress-people");
        people.textProperty().bind(notice.peopleToCallProperty());
        if (notice.showingProperty().get()) {
            notice.refreshPeopleToCall();
        }
    }

    private void setupEventHandlers() {
        dismiss.setOnAction(e -> notice.dismiss());
        turnOff.setOnAction(e -> {
            notice.askToTurnOff();
            keep.requestFocus();
        });
        confirmTurnOff.setOnAction(e -> {
            notice.turnOff();
            close.requestFocus();
        });
        keep.setOnAction(e -> {
            notice.keepOn();
            turnOff.requestFocus();
        });
        close.setOnAction(e -> notice.closeTurnedOff());
        openHelp.setOnAction(e -> SafetyPathView.openHelp(getScene()));
    }
}
