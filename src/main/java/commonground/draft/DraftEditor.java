package commonground.draft;

import commonground.language.Finding;
import commonground.language.FindingKind;
import commonground.language.GoodMove;
import commonground.language.Review;
import commonground.shell.Stylesheets;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;

import java.util.List;

/**
 * A text area with the message coach beside it: as the user types (after a short pause), the
 * draft is shown again below with flagged phrases marked, each with its explanation, a direction
 * for a rewrite and, where there is one, an example. Good moves are named as encouragement.
 * Used by the "Draft a message" tool and by the scenarios' draft steps.
 */
public final class DraftEditor extends VBox {

    /** How long typing must pause before the coach reads the draft. */
    public static final Duration DEBOUNCE = Duration.millis(300);
    /** Said while the coach reads words already there (the first read waits for its language models). */
    static final String READING = "The coach is reading what you wrote\u2026";

    private final CoachService coach;
    private final TextArea area = new TextArea();
    private final TextFlow marked = new TextFlow();
    private final VBox findings = new VBox(8);
    private final VBox goodMoves = new VBox(4);
    private final Label summary = new Label();
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);
    private final ObjectProperty<Review> review = new SimpleObjectProperty<>(this, "review");

    public DraftEditor(CoachService coach) {
        super(10);
        this.coach = coach;
        getStylesheets().add(Stylesheets.url("/commonground/draft/draft.css"));
        getStyleClass().add("draft-editor");
        area.setId("draft-text");
        area.setWrapText(true);
        area.setPrefRowCount(6);
        area.setPromptText("Write what you might say, in your own words.");
        area.setAccessibleText("Your draft");
        marked.setId("draft-marked");
        marked.getStyleClass().add("draft-marked");
        findings.setId("draft-findings");
        goodMoves.setId("draft-good-moves");
        summary.setId("draft-summary");
        summary.getStyleClass().add("draft-summary");
        summary.setWrapText(true);
        Label coachTitle = new Label("What the coach notices");
        coachTitle.getStyleClass().add("section-title");
        VBox panel = new VBox(8, coachTitle, summary, marked, findings, goodMoves);
        panel.getStyleClass().add("coach-panel");
        getChildren().addAll(area, panel);
        VBox.setVgrow(area, Priority.SOMETIMES);
        pause.setOnFinished(e -> reviewNow());
        area.textProperty().addListener((obs, old, now) -> {
            pause.playFromStart();
            if (review.get() == null && now != null && !now.isBlank()) {
                summary.setText(READING); // not "Start writing" over words already there
            }
        });
        show(null);
    }

    /** The draft's text, for binding to a view model. */
    public StringProperty textProperty() {
        return area.textProperty();
    }

    /** The latest review, or null before the first. */
    public ObjectProperty<Review> reviewProperty() {
        return review;
    }

    public TextArea textArea() {
        return area;
    }

    /** Makes the editor read-only (for a finished walkthrough). */
    public void setReadOnly(boolean readOnly) {
        area.setEditable(!readOnly);
    }

    private void reviewNow() {
        String text = area.getText() == null ? "" : area.getText();
        coach.review(text, result -> {
            if (text.equals(area.getText() == null ? "" : area.getText())) {
                review.set(result);
                show(result);
            }
        });
    }

    private void show(Review result) {
        String text = area.getText() == null ? "" : area.getText();
        marked.getChildren().clear();
        findings.getChildren().clear();
        goodMoves.getChildren().clear();
        if (result == null && !text.isBlank()) {
            summary.setText(READING);
            marked.setVisible(false);
            marked.setManaged(false);
            return;
        }
        if (result == null || text.isBlank()) {
            summary.setText("Start writing, and the coach will point out words that may make it harder "
                    + "for them to hear you, and what is already working.");
            marked.setVisible(false);
            marked.setManaged(false);
            return;
        }
        marked.setVisible(true);
        marked.setManaged(true);
        List<Finding> found = result.findings();
        summary.setText(summary(found));
        summary.getStyleClass().remove("draft-summary-safety");
        if (found.stream().anyMatch(f -> f.kind() == FindingKind.SAFETY)) {
            summary.getStyleClass().add("draft-summary-safety");
        }
        int at = 0;
        for (Finding f : found) {
            if (f.start() > at) {
                marked.getChildren().add(plain(text.substring(at, f.start())));
            }
            Text flagged = new Text(text.substring(f.start(), Math.min(f.end(), text.length())));
            // Words about being hurt or afraid are not a mistake in the message: marked calmly, not in red.
            flagged.getStyleClass().add(f.kind() == FindingKind.SAFETY ? "flagged-safety" : "flagged");
            marked.getChildren().add(flagged);
            at = Math.max(at, f.end());
            findings.getChildren().add(findingCard(f));
        }
        if (at < text.length()) {
            marked.getChildren().add(plain(text.substring(at)));
        }
        java.util.Set<String> said = new java.util.HashSet<>();
        for (GoodMove g : result.goodMoves()) {
            if (!said.add(g.message())) {
                continue; // two kind phrases of one sort: praised once
            }
            Label good = new Label("\u2714  " + g.message());
            good.setWrapText(true);
            good.getStyleClass().add("good-move");
            goodMoves.getChildren().add(good);
        }
    }

    /**
     * The line above the findings. Anything about safety comes first under its own calm heading; it
     * is never counted among the phrases that may make it harder for them to hear you.
     */
    static String summary(List<Finding> found) {
        long safety = found.stream().filter(f -> f.kind() == FindingKind.SAFETY).count();
        long wording = found.size() - safety;
        String aboutWording = wording == 0 ? "" : wording == 1
                ? "One phrase may make it harder for them to hear you."
                : wording + " phrases may make it harder for them to hear you.";
        if (safety > 0) {
            return wording == 0 ? SAFETY_HEADING : SAFETY_HEADING + " " + (wording == 1
                    ? "Apart from that, one phrase may make it harder for them to hear you."
                    : "Apart from that, " + wording + " phrases may make it harder for them to hear you.");
        }
        return found.isEmpty() ? "Nothing here is likely to put them on the defensive." : aboutWording;
    }

    /** The heading when the draft speaks of being hurt, threatened or afraid. */
    static final String SAFETY_HEADING = "Your safety comes first.";

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("plain");
        return t;
    }

    private static VBox findingCard(Finding f) {
        Label phrase = new Label("\u201c" + f.phrase() + "\u201d  \u00b7  " + kindName(f));
        phrase.getStyleClass().add("finding-phrase");
        phrase.setWrapText(true);
        Label why = new Label(f.explanation());
        why.setWrapText(true);
        why.getStyleClass().add("finding-why");
        // safety is not a matter of wording: no "Try:", just where to find help
        Label direction = new Label(f.kind() == FindingKind.SAFETY ? f.direction() : "Try: " + f.direction());
        direction.setWrapText(true);
        direction.getStyleClass().add("finding-direction");
        VBox card = new VBox(4, phrase, why, direction);
        f.exampleRewrite().ifPresent(example -> {
            Label ex = new Label("For example: \u201c" + example + "\u201d");
            ex.setWrapText(true);
            ex.getStyleClass().add("finding-example");
            card.getChildren().add(ex);
        });
        card.getStyleClass().add(f.kind() == FindingKind.SAFETY ? "finding-card-safety" : "finding-card");
        return card;
    }

    static String kindName(Finding f) {
        return switch (f.kind()) {
            case JUDGMENT -> "a judgment";
            case DEMAND -> "a demand";
            case ABSOLUTE -> "an absolute";
            case PRESSURE_TO_SHARE -> "pressure to share";
            case DISGUISED_JUDGMENT -> "a judgment in disguise";
            case ULTIMATUM -> "an ultimatum";
            case SAFETY -> "your safety first";
        };
    }
}
