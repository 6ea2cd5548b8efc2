package commonground.cues;

import commonground.care.SafetyPathView;
import commonground.content.Practice;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** For the ticked cues: what they might mean, gentle things to say or do, and the practices that fit. */
final class CueSuggestionsView extends VBox {

    private final CheckInViewModel model;
    private final VBox cards = new VBox(10);
    private final FlowPane practices = new FlowPane(8, 8);
    private final Label emptyHint = new Label("Tick what you noticed, and gentle ways to respond will appear here.");
    private final Label practicesTitle = new Label("Practices that fit");
    private final SafetyPathView safety = new SafetyPathView("cues");

    CueSuggestionsView(CheckInViewModel model) {
        super(10);
        this.model = model;
        setId("cue-suggestions");
        cards.setId("acknowledgements");
        practices.setId("fitting-practices");
        emptyHint.getStyleClass().add("muted");
        emptyHint.setWrapText(true);
        practicesTitle.getStyleClass().add("section-title");
        getChildren().addAll(safety, emptyHint, cards, practicesTitle, practices);
        safety.setHeading("Why some suggestions are left out");
        safety.visibleProperty().bind(model.safetyNoteProperty().isNotEmpty());
        safety.managedProperty().bind(safety.visibleProperty());
        safety.setText(model.safetyNoteProperty().get());
        model.safetyNoteProperty().addListener((obs, old, now) -> {
            safety.setText(now);
            showCards();
        });
        model.suggestions().addListener((ListChangeListener<Cue>) c -> showCards());
        model.practices().addListener((ListChangeListener<Practice>) c -> showPractices());
        showCards();
        showPractices();
    }

    private void showCards() {
        cards.getChildren().clear();
        for (Cue cue : model.suggestions()) {
            cards.getChildren().add(card(cue, model.acknowledgementsFor(cue), model.nonverbalFor(cue)));
        }
        emptyHint.setVisible(model.suggestions().isEmpty());
        emptyHint.setManaged(emptyHint.isVisible());
    }

    private static VBox card(Cue cue, java.util.List<String> acknowledgements, String nonverbal) {
        CueText t = cue.text();
        Label seen = wrapped(t.seen(), "card-title");
        Label meaning = wrapped("It might mean: " + t.mightMean(), "card-text");
        VBox card = new VBox(4, seen, meaning);
        for (String ack : acknowledgements) {
            Label say = wrapped("\u201C" + ack + "\u201D", "acknowledgement");
            card.getChildren().add(say);
        }
        if (!nonverbal.isEmpty()) {
            card.getChildren().add(wrapped("Without words: " + nonverbal, "card-text"));
        }
        card.getChildren().add(wrapped("Better left unsaid: \u201C" + t.notToSay() + "\u201D", "not-to-say"));
        card.getStyleClass().add("suggestion-card");
        return card;
    }

    private void showPractices() {
        practices.getChildren().clear();
        for (Practice p : model.practices()) {
            Label name = wrapped(p.name(), "card-title");
            Label summary = wrapped(p.summary(), "card-text");
            VBox card = new VBox(4, name, summary);
            card.getStyleClass().add("practice-card");
            // No wider than the column: a name longer than the column wraps instead of being cut.
            card.maxWidthProperty().bind(practices.widthProperty());
            practices.getChildren().add(card);
        }
        practicesTitle.setVisible(!model.practices().isEmpty());
        practicesTitle.setManaged(practicesTitle.isVisible());
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
