package commonground.reflection;

import commonground.app.AppDriver;
import commonground.app.WholeAppTest;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A selected note in the list stays readable in the light theme (it was white on a pale row,
 * about 1.2:1), with the list focused and after the focus moves to the editor: WCAG AA, 4.5:1.
 */
class SelectedRowContrastTest extends WholeAppTest {

    @Test
    void theSelectedNoteIsReadableWhetherOrNotTheListHasTheFocus() throws Exception {
        AppDriver.shortcut(robot, KeyCode.DIGIT4);
        driver.settle();
        AppDriver.shortcut(robot, KeyCode.N);
        driver.settle();
        robot.write("Quiet evening\nWe walked by the river.");
        driver.settleWhenSaved("Quiet evening\nWe walked by the river.", "SELECT body FROM note");
        double inEditor = contrastOfSelectedTitle();
        assertTrue(inEditor >= 4.5, "with the editor focused, the selected title has contrast " + inEditor);
        robot.clickOn("#note-list");
        driver.settle();
        double inList = contrastOfSelectedTitle();
        assertTrue(inList >= 4.5, "with the list focused, the selected title has contrast " + inList);
    }

    private double contrastOfSelectedTitle() throws Exception {
        AtomicReference<Double> ratio = new AtomicReference<>();
        AppDriver.onFx(() -> {
            ListView<?> list = robot.lookup("#note-list").queryAs(ListView.class);
            list.applyCss();
            ListCell<?> cell = robot.from(list).lookup(".list-cell").queryAll().stream()
                    .map(n -> (ListCell<?>) n).filter(ListCell::isSelected).findFirst().orElseThrow();
            cell.applyCss();
            Label title = robot.from(cell).lookup(".cell-title").queryAs(Label.class);
            List<BackgroundFill> fills = cell.getBackground().getFills();
            Color back = (Color) fills.get(fills.size() - 1).getFill();
            ratio.set(contrast((Color) title.getTextFill(), back));
        });
        return ratio.get();
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
