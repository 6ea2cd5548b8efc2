package commonground.scenarios;

import commonground.app.AppDriver;
import commonground.app.WholeAppTest;
import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The walk-throughs filter stays within the page, at 100% and at 150% text, even when it offers
 * "About" someone with a very long name (it ran past the right edge).
 */
class ScenarioFilterWidthTest extends WholeAppTest {

    static final String LONG = "Alexandra Maria Josephine Catherine Elisabeth von Hohenberg-Wittelsbach "
            + "zu Landsberg und Falkenstein, known to everyone in the family simply as Auntie Lexie";

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            new PeopleRepository(db).add(LONG, Relationship.PARENT, "");
        }
    }

    @Test
    void theFilterStaysWithinThePageAtEveryTextSize() throws Exception {
        for (String size : List.of("100%", "150%")) {
            robot.clickOn("#text-size").clickOn(size);
            robot.clickOn("#nav-scenarios");
            driver.settle();
            ComboBox<?> filter = robot.lookup("#run-filter").queryAs(ComboBox.class);
            Node runs = robot.lookup("#run-list").query();
            AppDriver.onFx(() -> {
                assertTrue(filter.getItems().stream().anyMatch(f -> f.toString().startsWith("About Alexandra")));
                Bounds box = filter.localToScene(filter.getLayoutBounds());
                Bounds list = runs.localToScene(runs.getLayoutBounds());
                double window = filter.getScene().getWidth();
                assertTrue(box.getMaxX() <= list.getMaxX() + 0.5 && box.getMaxX() <= window,
                        size + ": the filter ends at " + box.getMaxX() + ", the column at " + list.getMaxX()
                                + ", the window at " + window);
            });
        }
    }
}
