package commonground.app;

import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sidebar's icons grow with the text: at 150% they are half as large again, not left small. */
class SidebarIconSizeTest extends WholeAppTest {

    private List<Integer> iconSizes() {
        return List.of("#nav-home", "#nav-people", "#text-size").stream()
                .map(q -> ((FontIcon) robot.lookup(q).queryAs(Labeled.class).getGraphic()).getIconSize()).toList();
    }

    @Test
    void theIconsScaleWithTheTextSize() throws Exception {
        robot.clickOn("#text-size").clickOn("100%");
        driver.settle();
        List<Integer> normal = iconSizes();
        robot.clickOn("#text-size").clickOn("150%");
        driver.settle();
        List<Integer> large = iconSizes();
        for (int i = 0; i < normal.size(); i++) {
            assertEquals(normal.get(i) * 1.5, large.get(i), 1.0, "half as large again, like the text: " + normal + " " + large);
        }
        robot.clickOn("#text-size").clickOn("100%");
        driver.settle();
        assertEquals(normal, iconSizes());
    }
}
