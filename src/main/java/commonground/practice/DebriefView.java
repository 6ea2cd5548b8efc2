package commonground.practice;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * After a practice: how it ended, then each turn with what you said, whether it opened or closed
 * them, the practice it showed, a line to try instead and the coach's notes, each with "Try from here".
 */
final class DebriefView extends VBox {

    private final DebriefViewModel model;
    private final Runnable back;
    private final Label title = new Label();
    private final Label endingTitle = new Label();
    private final Label endingText = new Label();
    private final VBox entries = new VBox(12);
    private final Label message = new Label();
    private final Button again = new Button("Try a_gain", new FontIcon(Feather.ROTATE_CCW));
    private final Button backButton = new Button("_Back to Practise", new FontIcon(Feather.ARROW_LEFT));

    DebriefView(DebriefViewModel model, Runnable back) {
        this.model = model;
        this.back = back;
        initializeParts();
        layoutParts();
        setupBindings();
        again.setOnAction(e -> model.tryAgain());
        backButton.setOnAction(e -> back.run());
    }

    private void initializeParts() {
        getStyleClass().addAll("page", "practice-debrief");
        setId("practice-debrief-view");
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        endingTitle.setId("debrief-ending");
        endingTitle.getStyleClass().add("section-title");
        endingText.setWrapText(true);
        endingText.getStyleClass().add("paragraph");
        entries.setId("debrief-entries");
        message.setId("debrief-message");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        again.setId("debrief-try-again");
        again.getStyleClass().add("accent");
        backButton.setId("debrief-back");
    }

    private void layoutParts() {
        Label lead = new Label("Each turn, what you said and what it did. There is no score; the quiet endings are often the good ones.");
        lead.getStyleClass().add("muted");
        lead.setWrapText(true);
        VBox content = new VBox(12, endingTitle, endingText, lead, entries);
        if (model.comeBack() != null) {
            content.getChildren().add(2, new commonground.shell.ComeBackField(model.comeBack(),
                    "Come back to this practice on"));
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // The buttons keep their words whole at any text size; a message beside them wraps instead.
        backButton.setMinWidth(Region.USE_PREF_SIZE);
        again.setMinWidth(Region.USE_PREF_SIZE);
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox actions = new HBox(8, backButton, again, message);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        actions.getStyleClass().add("toolbar-row");
        setSpacing(12);
        setPadding(new Insets(0));
        getChildren().setAll(title, scroll, actions);
    }

    private void setupBindings() {
        title.textProperty().bind(model.titleProperty());
        endingTitle.textProperty().bind(model.endingTitleProperty());
        endingText.textProperty().bind(model.endingTextProperty());
        message.textProperty().bind(model.messageProperty());
        model.entries().addListener((ListChangeListener<DebriefEntry>) c -> render());
        render();
    }

    private void render() {
        entries.getChildren().clear();
        for (DebriefEntry e : model.entries()) {
            entries.getChildren().add(card(e));
        }
    }

    private VBox card(DebriefEntry e) {
        VBox card = new VBox(6);
        card.getStyleClass().addAll("debrief-entry", switch (e.effect()) {
            case OPENS -> "opened";
            case CLOSES -> "closed";
            case NEUTRAL -> "neutral";
        });
        card.setId("debrief-entry-" + (e.position() + 1));
        Label they = new Label(model.saidByProperty().get() + " said: \u201c" + e.theySaid() + "\u201d");
        they.setWrapText(true);
        they.getStyleClass().add("muted");
        Label you = new Label((e.typed() ? "You typed: " : "You said: ") + "\u201c" + e.youSaid() + "\u201d");
        you.setWrapText(true);
        you.getStyleClass().add("you-said");
        Label effect = new Label(e.effectLabel() + (e.shows().isEmpty() ? "" : ". " + e.shows()));
        effect.setWrapText(true);
        effect.getStyleClass().add("debrief-effect");
        card.getChildren().addAll(they, you, effect);
        if (!e.note().isEmpty()) {
            card.getChildren().add(wrapped(e.note(), "paragraph"));
        }
        for (String n : e.coachNotes()) {
            card.getChildren().add(wrapped("Coach: " + n, "coach-note"));
        }
        if (!e.betterLine().isEmpty()) {
            Label better = wrapped("A line to try: \u201c" + e.betterLine() + "\u201d (" + e.betterPractices() + ")",
                    "better-line");
            card.getChildren().add(better);
        }
        Button from = new Button("Try from here");
        from.setMinWidth(Region.USE_PREF_SIZE);
        from.setId("try-from-" + (e.position() + 1));
        from.setOnAction(x -> model.tryFromHere(e.position()));
        card.getChildren().add(from);
        return card;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }

    void focusFirst() {
        again.requestFocus();
    }
}
