package commonground.shell;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The line that answers a button press ("Tick at least one cue…", "That folder is not there",
 * "Saved…"), said directly under the button in room kept for it from the start. The person reads
 * it where they are looking, nothing has to scroll, and the button stays under the pointer: the
 * room is two lines high whether or not there is anything to say, and a longer message wraps
 * within the width of the form (it then pushes down only what is below it).
 */
public final class AnswerLine extends Label {

    /** The style class that gives a problem the theme's danger colour. */
    static final String PROBLEM = "error";
    /** The height of one line, as the {@code reserved-line} style counts it (2.9em for two). */
    static final double LINE_EM = 1.45;

    public AnswerLine(String id) {
        setId(id);
        getStyleClass().addAll("form-message", "reserved-line", "answer-line");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE); // wraps within the form, never widens it
    }

    /**
     * Keeps room for {@code lines} lines rather than two, for a line in a narrow column whose answers
     * run to three lines at a large text size (the third came below the window's edge).
     */
    public AnswerLine keepingLines(int lines) {
        setStyle("-fx-min-height: " + (LINE_EM * lines) + "em;");
        return this;
    }

    /** Says what {@code text} holds, in the danger colour while {@code problem} is true. */
    public AnswerLine showing(ObservableStringValue text, ObservableBooleanValue problem) {
        textProperty().bind(text);
        markProblem(problem.get());
        problem.addListener((obs, old, now) -> markProblem(now));
        return this;
    }

    /** Says what {@code text} holds, in the usual muted colour. */
    public AnswerLine showing(ObservableStringValue text) {
        textProperty().bind(text);
        return this;
    }

    /** Gives the line the danger colour (or takes it away). */
    public void markProblem(boolean problem) {
        getStyleClass().remove(PROBLEM);
        if (problem) {
            getStyleClass().add(PROBLEM);
        }
    }

    /** {@code buttons} (a button or a row of them) with this line directly under them. */
    public VBox under(Node buttons) {
        VBox box = new VBox(4, buttons, this);
        box.getStyleClass().add("answered-buttons");
        return box;
    }
}
