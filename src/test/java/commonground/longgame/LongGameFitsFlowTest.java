package commonground.longgame;

import commonground.app.WholeAppTest;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small things a new user saw: Home's long-game card title whole, the person box whole, moments counted whole. */
class LongGameFitsFlowTest extends WholeAppTest {

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            Person sam = new PeopleRepository(db).add("Samantha Okonkwo-Lindqvist", Relationship.FRIEND, "");
            new GoodMomentRepository(db).add(sam.id(), LocalDate.now(), "A walk by the river", "walking", "");
        }
    }

    @Test
    void titlesAndNamesShowWholeAndTheChartCountsWholeMoments() throws Exception {
        Button card = robot.lookup("#entry-longgame").queryAs(Button.class);
        assertTrue(card.getWidth() >= card.prefWidth(-1) - 1 || card.getHeight() >= card.prefHeight(card.getWidth()) - 1,
                "the card title is wrapped, not cut");

        robot.clickOn("#nav-longgame");
        driver.settle();
        robot.clickOn("#tab-good-moments");
        driver.settle();
        ComboBox<?> person = robot.lookup("#moment-person").queryAs(ComboBox.class);
        assertTrue(person.getWidth() >= person.prefWidth(-1) - 1, "the person box is as wide as the name");

        robot.clickOn("#tab-look-back");
        driver.settle();
        BarChart<?, ?> counts = robot.lookup("#look-back-counts").queryAs(BarChart.class);
        NumberAxis y = (NumberAxis) counts.getYAxis();
        assertFalse(y.getTickMarks().isEmpty());
        for (var mark : y.getTickMarks()) {
            double v = ((Number) mark.getValue()).doubleValue();
            assertTrue(v == Math.rint(v) || mark.getLabel() == null || mark.getLabel().isEmpty(), "no label for part of a moment: " + mark.getLabel());
        }
    }
}
