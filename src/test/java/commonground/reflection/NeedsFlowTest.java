package commonground.reflection;

import commonground.app.AppDriver;
import commonground.app.WholeAppTest;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A needs check-in and the needs map, through the screen and into the database and back. */
class NeedsFlowTest extends WholeAppTest {

    /** Scrolls the check-in so the node is on screen, as a person would before clicking. */
    private String reveal(String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        AppDriver.onFx(() -> {
            javafx.scene.Node p = node.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane sp) {
                javafx.geometry.Bounds b = sp.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double h = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                sp.setVvalue(h <= 0 ? 0 : Math.min(1, Math.max(0, b.getMinY() - 20) / h));
            }
        });
        return query;
    }

    private void openNeeds() throws Exception {
        robot.clickOn("#nav-reflection");
        driver.settle();
        robot.clickOn("Needs");
        driver.settle();
    }

    @Test
    void aNeedChosenStartsWithNoRatingAndIsNotSavedUntilRated() throws Exception {
        openNeeds();
        robot.clickOn(reveal("#need-closeness"));
        driver.settle();
        for (int r = 0; r <= NeedsCheckIn.MAX_RATING; r++) {
            assertFalse(robot.lookup("#rate-closeness-" + r).queryAs(javafx.scene.control.ToggleButton.class)
                    .isSelected(), "no rating is chosen for the user: " + r);
        }
        robot.clickOn(reveal("#save-checkin"));
        driver.settle();
        assertEquals("Please choose how met Closeness is, from 0 (not at all) to 4 (fully), or untick it.",
                robot.lookup("#checkin-message").queryAs(javafx.scene.control.Label.class).getText());
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM needs_checkin")).longValue());
        robot.clickOn(reveal("#rate-closeness-3"));
        robot.clickOn(reveal("#save-checkin"));
        driver.settle();
        assertEquals(3, ((Number) driver.value("SELECT rating FROM needs_checkin_rating")).intValue());
    }

    @Test
    void aCheckInIsSavedAndChartedAndTheNeedsMapKeepsAPerson() throws Exception {
        robot.clickOn("#nav-people");
        robot.clickOn("#add-person");
        robot.clickOn("#person-name").write("Sam");
        robot.clickOn("#save-person");
        driver.settle();

        openNeeds();
        robot.clickOn(reveal("#need-closeness"));
        robot.clickOn(reveal("#need-quiet"));
        robot.clickOn(reveal("#rate-closeness-1"));
        robot.clickOn(reveal("#rate-quiet-4"));
        robot.clickOn(reveal("#checkin-note")).write("A tender week");
        robot.clickOn(reveal("#save-checkin"));
        driver.settle();
        List<Map<String, Object>> rows = driver.query("SELECT r.need_id, r.rating, c.note FROM needs_checkin_rating r "
                + "JOIN needs_checkin c ON c.id = r.checkin_id ORDER BY r.need_id");
        assertEquals(2, rows.size());
        assertEquals("closeness", rows.get(0).get("need_id"));
        assertEquals(1, ((Number) rows.get(0).get("rating")).intValue());
        assertEquals(4, ((Number) rows.get(1).get("rating")).intValue());
        assertEquals("A tender week", rows.get(0).get("note"));

        @SuppressWarnings("unchecked")
        LineChart<String, Number> chart = robot.lookup("#need-chart").queryAs(LineChart.class);
        assertEquals(1, chart.getData().get(0).getData().size());
        assertEquals(1, chart.getData().get(0).getData().get(0).getYValue().intValue());

        // Where can closeness be met? Sam, and a place.
        robot.clickOn("#source-person");
        // The picker shows the person as every picker does ("Sam · Partner"), so the entry starting "Sam".
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getText() != null && c.getText().startsWith("Sam") && c.getScene() != null
                && c.getScene().getWindow() instanceof javafx.stage.PopupWindow).queryAs(javafx.scene.Node.class));
        robot.clickOn("#add-source");
        driver.settle();
        @SuppressWarnings("unchecked")
        ComboBox<SourceKind> kind = robot.lookup("#source-kind").queryAs(ComboBox.class);
        AppDriver.onFx(() -> kind.setValue(SourceKind.PLACE));
        robot.clickOn("#source-label").write("The allotment");
        robot.clickOn("#add-source");
        driver.settle();
        assertEquals(List.of("PERSON", "PLACE"), driver.query("SELECT kind FROM need_source WHERE need_id = 'closeness' "
                + "ORDER BY kind").stream().map(r -> r.get("kind")).toList());

        driver.restart();
        openNeeds();
        assertTrue(robot.lookup("Person: Sam").tryQuery().isPresent(), "Sam is kept as a source of closeness");
        assertTrue(robot.lookup("Place: The allotment").tryQuery().isPresent());
        // The check-in's note can be read again, under the form, with when it was saved.
        assertTrue(robot.lookup("#recent-checkins .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals("A tender week")), "the note saved with the check-in is shown");
        assertTrue(robot.lookup("#recent-checkins .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().contains("Closeness 1 of 4")), "with how met each need was");
        @SuppressWarnings("unchecked")
        LineChart<String, Number> again = robot.lookup("#need-chart").queryAs(LineChart.class);
        assertEquals(1, again.getData().get(0).getData().size());
    }
}
