package commonground.shell;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

import java.time.LocalDate;

/**
 * Day fields that write and read days the one way the app does ({@link Dates}): what is typed is
 * read when the field is left or Enter is pressed; text that cannot be read ("31/02/2026") stays
 * in the field, the day is not changed, and the label returned says so next to the field. A day
 * typed in numbers that reads either way ("1/12/2026") is kept as this computer's settings read it,
 * and the label says how it was read and how to write the other day.
 */
public final class DayPickers {

    /** The theme's mark of a field holding something that cannot be kept. */
    static final javafx.css.PseudoClass DANGER = javafx.css.PseudoClass.getPseudoClass("danger");

    private DayPickers() {
    }

    /** Makes {@code picker} editable in the app's format; returns the label for its problems, to place next to it. */
    public static Label install(DatePicker picker) {
        Label problem = new Label();
        problem.setId((picker.getId() == null ? "day" : picker.getId()) + "-problem");
        problem.getStyleClass().add("form-message");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        InView.whenShown(problem); // under a day field low on the page, it was cut at the window's edge
        // The field itself is marked too, wherever its problem is said (under the button that keeps the form).
        problem.textProperty().addListener((obs, old, now) -> {
            boolean unread = now != null && !now.isEmpty();
            picker.pseudoClassStateChanged(DANGER, unread);
            picker.getEditor().pseudoClassStateChanged(DANGER, unread); // the text part draws its own border
        });
        String[] unread = {""};
        String[] typed = {""};
        picker.setEditable(true);
        picker.setPromptText(Dates.day(LocalDate.of(2026, 11, 24)));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return unread[0].isEmpty() ? Dates.day(day) : unread[0]; // unread text stays to be corrected
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    unread[0] = "";
                    problem.setText("");
                    return null;
                }
                java.util.Optional<LocalDate> read = Dates.parse(text);
                if (read.isEmpty()) {
                    unread[0] = text;
                    problem.setText("That date could not be read. Please pick it from the calendar, or type it like "
                            + Dates.day(LocalDate.now()) + ".");
                    return picker.getValue();
                }
                unread[0] = "";
                typed[0] = text;
                problem.setText("");
                return read.get();
            }
        });
        picker.getProperties().put(DayPickers.class, problem);
        picker.valueProperty().addListener((obs, old, now) -> {
            unread[0] = "";
            // A day typed in numbers that could be read either way says how it was read, and how to
            // write the other; it is a note, not a problem: the day is kept as read.
            String note = Dates.otherReading(typed[0], now).map(other -> "Read as " + Dates.longDay(now)
                    + ". If you meant " + Dates.longDay(other) + ", type " + Dates.day(other)
                    + " or pick it from the calendar.").orElse("");
            typed[0] = "";
            problem.setText(note);
            problem.getStyleClass().removeAll("day-note");
            if (!note.isEmpty()) {
                problem.getStyleClass().add("day-note");
            }
        });
        return problem;
    }

    /**
     * Reads text typed but not yet read (no Tab or Enter), as a button that keeps the form does first;
     * false when the field holds text that could not be read (the problem is shown next to it).
     */
    public static boolean read(DatePicker picker) {
        if (!picker.getEditor().getText().equals(picker.getConverter().toString(picker.getValue()))) {
            picker.commitValue();
        }
        Object problem = picker.getProperties().get(DayPickers.class);
        return !(problem instanceof Label l) || l.getText().isEmpty() || l.getStyleClass().contains("day-note");
    }
}
