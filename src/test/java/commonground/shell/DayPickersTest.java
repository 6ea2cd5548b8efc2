package commonground.shell;

import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A day typed in numbers that could be read either way ("1/12/2026") is kept as this computer's
 * settings read it, and the field says how it was read and how to write the other day: a newcomer
 * meant 1 December and had 12 January kept without a word. It is a note, not a refusal.
 */
class DayPickersTest {

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private record Typed(LocalDate value, String said, boolean readable) {
    }

    private static Typed type(String text) throws Exception {
        AtomicReference<Typed> out = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            DatePicker picker = new DatePicker();
            picker.setId("day");
            Label said = DayPickers.install(picker);
            new Scene(new VBox(picker, said));
            picker.getEditor().setText(text);
            boolean readable = DayPickers.read(picker);
            out.set(new Typed(picker.getValue(), said.getText(), readable));
        }).get();
        return out.get();
    }

    private static String numbers(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                .withLocale(Locale.getDefault(Locale.Category.FORMAT)).format(day);
    }

    @Test
    void aDayThatReadsEitherWayIsKeptAsReadAndTheOtherReadingIsOffered() throws Exception {
        LocalDate twelfthOfJanuary = LocalDate.of(2026, 1, 12);
        Typed typed = type(numbers(twelfthOfJanuary));
        assertEquals(twelfthOfJanuary, typed.value(), "kept as this computer's settings read it");
        assertTrue(typed.said().startsWith("Read as " + Dates.longDay(twelfthOfJanuary) + "."), typed.said());
        assertTrue(typed.said().contains("If you meant " + Dates.longDay(LocalDate.of(2026, 12, 1))), typed.said());
        assertTrue(typed.readable(), "a note, not a refusal: the form can still be kept");
    }

    @Test
    void aDayThatReadsOneWayOnlySaysNothingAndOneThatDoesNotExistIsRefused() throws Exception {
        Typed plain = type(numbers(LocalDate.of(2026, 12, 24)));
        assertEquals(LocalDate.of(2026, 12, 24), plain.value());
        assertEquals("", plain.said());
        Typed sameBothWays = type(numbers(LocalDate.of(2026, 3, 3)));
        assertEquals("", sameBothWays.said());
        Typed inWords = type(Dates.day(LocalDate.of(2026, 1, 12)));
        assertEquals("", inWords.said(), "a month in words cannot be misread");
        Typed none = type("31/02/2026");
        assertTrue(none.said().startsWith("That date could not be read."), none.said());
        assertTrue(!none.readable());
    }
}
