package commonground.longgame;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Pane;
import org.testfx.api.FxRobot;

import java.util.List;
import java.util.stream.Collectors;

/** What the lines of a long-game list show, as a person reads them: each cell's words, line by line. */
final class ListLines {

    private ListLines() {
    }

    static List<String> of(FxRobot robot, String list) {
        return robot.lookup(list + " .list-cell").queryAllAs(ListCell.class).stream().map(ListLines::text)
                .filter(t -> !t.isEmpty()).toList();
    }

    static String text(ListCell<?> cell) {
        Node graphic = cell.getGraphic();
        if (graphic instanceof Pane pane) {
            return pane.getChildren().stream().filter(n -> n instanceof Labeled)
                    .map(n -> ((Labeled) n).getText()).collect(Collectors.joining("\n"));
        }
        return cell.getText() == null ? "" : cell.getText();
    }
}
