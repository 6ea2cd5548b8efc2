package commonground.practice;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A practice in progress: the figure, what they say and do, the replies (1 to 3 or 4 on the keyboard),
 * a box to type your own (Ctrl+Enter says it), what you said with the coach's notes, and at an
 * ending the way to the debrief.
 */
final class PlayView extends VBox {

    private static final KeyCombination SAY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final PlayViewModel model;
    private final Runnable leave;
    private final Label title = new Label();
    private final Label setting = new Label();
    private final Label name = new Label();
    private final Label says = new Label();
    private final Label does = new Label();
    private final VBox replies = new VBox(8);
    private final TextArea typed = new TextArea();
    private final Button say = new Button("Sa_y it", new FontIcon(Feather.SEND));
    private final Label youSaid = new Label();
    private final VBox notes = new VBox(4);
    private final Label message = new Label();
    private final Label chooseLead = new Label();
    private final Label endingTitle = new Label();
    private final Button debrief = new Button("See how it _went", new FontIcon(Feather.ARROW_RIGHT));
    private final Button leaveButton = new Button("_Leave this practice");
    private final VBox answer = new VBox(8);
    private final VBox endingBox = new VBox(8);
    private final PostureFigure figure;
    private final ScrollPane scroll = new ScrollPane();
    private final HBox sceneBox = new HBox(20);
    /** True while the view itself moves the focus (the first reply of a new turn), which must not scroll. */
    private boolean focusingFirstReply;

    PlayView(PlayViewModel model, Runnable leave) {
        this.model = model;
        this.leave = leave;
        this.figure = new PostureFigure(model.opennessProperty());
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        getStyleClass().addAll("page", "practice-play");
        setId("practice-play");
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the whole title; the scroll below gives way
        setting.getStyleClass().add("muted");
        setting.setWrapText(true);
        setting.setId("practice-setting");
        name.getStyleClass().add("character-name");
        says.setId("character-says");
        says.getStyleClass().add("character-says");
        says.setWrapText(true);
        does.setId("character-does");
        does.getStyleClass().add("character-does");
        does.setWrapText(true);
        replies.setId("practice-replies");
        typed.setId("practice-typed");
        typed.setPromptText("Or type what you would say (Ctrl+Enter)");
        typed.setWrapText(true);
        typed.setPrefRowCount(2);
        say.setId("practice-say");
        youSaid.setId("practice-you-said");
        youSaid.getStyleClass().add("you-said");
        youSaid.setWrapText(true);
        notes.setId("practice-coach-notes");
        notes.getStyleClass().add("coach-notes");
        message.setId("practice-message");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        endingTitle.setId("practice-ending-title");
        endingTitle.getStyleClass().add("section-title");
        debrief.setId("practice-debrief");
        debrief.getStyleClass().add("accent");
        leaveButton.setId("practice-leave");
    }

    private void layoutParts() {
        VBox words = new VBox(6, name, says, does);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox scene = sceneBox;
        scene.getChildren().setAll(figure, words);
        scene.setAlignment(Pos.CENTER_LEFT);
        scene.getStyleClass().add("practice-scene");
        // "Say it" and "Leave" keep their words whole at 150%; the box to type in gives up the room.
        say.setMinWidth(Region.USE_PREF_SIZE);
        leaveButton.setMinWidth(Region.USE_PREF_SIZE);
        debrief.setMinWidth(Region.USE_PREF_SIZE);
        typed.setPrefColumnCount(20);
        typed.setMinWidth(120);
        HBox typeRow = new HBox(8, typed, say);
        HBox.setHgrow(typed, Priority.ALWAYS);
        typeRow.setAlignment(Pos.BOTTOM_LEFT);
        chooseLead.getStyleClass().add("muted");
        chooseLead.setWrapText(true);
        chooseLead.setId("practice-choose-lead");
        answer.getChildren().setAll(chooseLead, replies, typeRow);
        endingBox.getChildren().setAll(endingTitle, debrief);
        endingBox.setId("practice-ending");
        VBox said = new VBox(6, youSaid, notes);
        VBox content = new VBox(16, setting, scene, said, answer, endingBox, message);
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox bottom = new HBox(8, leaveButton);
        bottom.getStyleClass().add("toolbar-row");
        setSpacing(12);
        getChildren().setAll(title, scroll, bottom);
        setPadding(new Insets(0));
    }

    private void setupBindings() {
        title.textProperty().bind(model.titleProperty());
        setting.textProperty().bind(model.settingProperty());
        name.textProperty().bind(model.nameProperty());
        says.textProperty().bind(model.saysProperty().map(s -> s.isEmpty() ? "" : "\u201c" + s + "\u201d"));
        does.textProperty().bind(model.doesProperty());
        typed.textProperty().bindBidirectional(model.typedProperty());
        youSaid.textProperty().bind(model.youSaidProperty().map(s -> s.isEmpty() ? "" : "You said: \u201c" + s + "\u201d"));
        youSaid.visibleProperty().bind(model.youSaidProperty().isNotEmpty());
        youSaid.managedProperty().bind(youSaid.visibleProperty());
        message.textProperty().bind(model.messageProperty());
        chooseLead.textProperty().bind(model.chooseLeadProperty());
        say.disableProperty().bind(model.busyProperty());
        answer.visibleProperty().bind(model.endingProperty().isNull());
        answer.managedProperty().bind(answer.visibleProperty());
        endingBox.visibleProperty().bind(model.endingProperty().isNotNull());
        endingBox.managedProperty().bind(endingBox.visibleProperty());
        endingTitle.textProperty().bind(model.endingTitleProperty());
        model.replies().addListener((ListChangeListener<String>) c -> renderReplies());
        model.coachNotes().addListener((ListChangeListener<String>) c -> renderNotes());
        model.endingProperty().addListener((obs, old, now) -> {
            if (now != null) {
                // After the reply buttons have gone, so the scene does not move the focus on again.
                javafx.application.Platform.runLater(debrief::requestFocus);
            }
        });
        renderReplies();
        renderNotes();
        // At a large text size the page scrolls: what is focused by Tab or a click comes into view, and
        // after each reply the character's answer and the coach's notes do, not the replies below them.
        javafx.beans.value.ChangeListener<Node> focused = (o, was, owner) -> {
            if (!focusingFirstReply && owner != null && isInPage(owner)) {
                javafx.application.Platform.runLater(() -> PageScroll.bringIntoView(scroll, owner, false));
            }
        };
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(focused);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(focused);
            }
        });
        model.replies().addListener((ListChangeListener<String>) c -> showTheirAnswer());
        model.endingProperty().addListener((obs, old, now) -> showTheirAnswer());
    }

    private void showTheirAnswer() {
        javafx.application.Platform.runLater(() -> PageScroll.bringIntoView(scroll, sceneBox, true));
    }

    private boolean isInPage(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at == scroll.getContent()) {
                return true;
            }
        }
        return false;
    }

    private void setupEventHandlers() {
        say.setOnAction(e -> model.sendTyped());
        debrief.setOnAction(e -> model.openDebrief());
        leaveButton.setOnAction(e -> leave.run());
        typed.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAY.match(e)) {
                e.consume();
                model.sendTyped();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextArea || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            int index = switch (e.getCode()) {
                case DIGIT1, NUMPAD1 -> 0;
                case DIGIT2, NUMPAD2 -> 1;
                case DIGIT3, NUMPAD3 -> 2;
                case DIGIT4, NUMPAD4 -> 3;
                default -> -1;
            };
            if (index >= 0 && index < model.replies().size()) {
                e.consume();
                model.choose(index);
            }
        });
    }

    /**
     * Four buttons that stay in place and change their words, so the keyboard focus is never
     * lost with a removed button; the first takes the focus for each new turn.
     */
    private void renderReplies() {
        if (replies.getChildren().isEmpty()) {
            for (int i = 0; i < ConversationValidator.MAX_REPLIES; i++) {
                int index = i;
                Button b = new Button();
                b.setId("practice-reply-" + (i + 1));
                b.getStyleClass().add("practice-reply");
                b.setWrapText(true);
                b.setMaxWidth(Double.MAX_VALUE);
                b.setAlignment(Pos.CENTER_LEFT);
                b.setMnemonicParsing(false);
                b.disableProperty().bind(model.busyProperty());
                b.setOnAction(e -> model.choose(index));
                replies.getChildren().add(b);
            }
        }
        for (int i = 0; i < replies.getChildren().size(); i++) {
            Button b = (Button) replies.getChildren().get(i);
            boolean shown = i < model.replies().size();
            b.setText(shown ? (i + 1) + ".  " + model.replies().get(i) : "");
            b.setVisible(shown);
            b.setManaged(shown);
        }
        if (!model.replies().isEmpty() && getScene() != null) {
            javafx.application.Platform.runLater(this::focusFirstReply);
        }
    }

    private void renderNotes() {
        notes.getChildren().clear();
        if (model.coachNotes().isEmpty()) {
            return;
        }
        Label lead = new Label("The coach noticed");
        lead.getStyleClass().add("notes-lead");
        notes.getChildren().add(lead);
        for (String n : model.coachNotes()) {
            Label l = new Label(n);
            l.setWrapText(true);
            l.getStyleClass().add("coach-note");
            notes.getChildren().add(l);
        }
    }

    /**
     * Gives the first reply the focus. The replies sit in a scroll pane, whose content joins the
     * scene only once the pane has its skin: the first time, the focus waits for that.
     */
    void focusFirstReply() {
        if (model.replies().isEmpty()) {
            return;
        }
        Node first = replies.getChildren().get(0);
        if (first.getScene() != null) {
            focusingFirstReply = true;
            try {
                first.requestFocus();
            } finally {
                focusingFirstReply = false;
            }
            return;
        }
        first.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                javafx.scene.Scene old, javafx.scene.Scene now) {
                if (now != null) {
                    first.sceneProperty().removeListener(this);
                    javafx.application.Platform.runLater(PlayView.this::focusFirstReply);
                }
            }
        });
    }
}
