package commonground.privacy;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Privacy's "What Home shows" card: whether Home's "Recently" names notes by their titles. */
final class NoteTitlesCard {

    private NoteTitlesCard() {
    }

    static VBox of(NoteTitlesChoice choice) {
        CheckBox show = new CheckBox("Show the titles of my notes in \u201cRecently\u201d on Home");
        show.setId("privacy-note-titles");
        show.setWrapText(true);
        show.selectedProperty().bindBidirectional(choice.shownProperty());
        Label about = new Label("A note's title is its first line. Otherwise Home tells your notes apart only by "
                + "when you wrote them and how long they are, such as \u201cWrote a note at 14:05, 11 words\u201d. "
                + "With the lock on, titles are encrypted like the rest of a note, and Home shows them only once the "
                + "app is unlocked.");
        about.setWrapText(true);
        about.getStyleClass().addAll("paragraph", "muted");
        Label problem = new Label();
        problem.setId("privacy-note-titles-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(choice.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label title = new Label("What Home shows");
        title.getStyleClass().add("section-title");
        VBox card = new VBox(10, title, show, problem, about);
        card.getStyleClass().add("form-card");
        return card;
    }
}
