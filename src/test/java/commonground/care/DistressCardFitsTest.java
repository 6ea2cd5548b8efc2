package commonground.care;

import commonground.app.AppDriver;
import commonground.app.AppTest;
import commonground.app.ScreenAudit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At 150% text the gentle notice beside a note was cut at the window's right edge, its buttons
 * out of sight (trial shot 116). Now it stays within the page, whole, in both themes: under the
 * text when there is no room beside it; and its buttons can be pressed.
 */
class DistressCardFitsTest extends AppTest {

    private static final String CONCERNING = "Some days I think everyone would be better off without me.";

    private Node card() {
        return robot.lookup(".note-editor #distress-card").query();
    }

    private Bounds inScene(Node node) {
        java.util.concurrent.atomic.AtomicReference<Bounds> b = new java.util.concurrent.atomic.AtomicReference<>();
        AppDriver.onFx(() -> b.set(node.localToScene(node.getLayoutBounds())));
        return b.get();
    }

    @ParameterizedTest(name = "{0} theme")
    @ValueSource(strings = {"LIGHT", "DARK"})
    void atTheLargestTextTheCardStaysWithinThePageAndItsButtonsCanBeSeen(String theme) throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("preferences.properties"), "theme=" + theme + "\ncare.country=GB\ncare.frame.hidden=true\n");
        startApp();
        robot.clickOn("#text-size").clickOn("150%");
        driver.settle();
        robot.clickOn("#nav-reflection");
        driver.settle();
        robot.clickOn("#new-note");
        robot.clickOn("#new-blank-note");
        driver.settle();
        robot.clickOn("#note-body").write(CONCERNING);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> card().isVisible());
        driver.settle();

        Bounds module = inScene(robot.lookup(".module-content").query());
        double windowWidth = robot.lookup("#note-body").query().getScene().getWidth();
        // The page: the module's area, within the window (what is beyond the window's edge is cut).
        Bounds page = new javafx.geometry.BoundingBox(Math.max(0, module.getMinX()), module.getMinY(),
                Math.min(windowWidth, module.getMaxX()) - Math.max(0, module.getMinX()), module.getHeight());
        Bounds text = inScene(robot.lookup("#note-body").query());
        List<String> problems = new ArrayList<>();
        for (String part : List.of("#distress-card", "#distress-dismiss", "#distress-turn-off", "#distress-open-help",
                "#distress-crisis-line")) {
            Bounds b = inScene(robot.lookup(".note-editor " + part).query());
            if (b.getMaxX() > page.getMaxX() + 1 || b.getMinX() < page.getMinX() - 1) {
                problems.add(part + " reaches " + Math.round(b.getMinX()) + ".." + Math.round(b.getMaxX())
                        + " of a page from " + Math.round(page.getMinX()) + " to " + Math.round(page.getMaxX()));
            }
        }
        Bounds card = inScene(card());
        if (card.getMaxX() > windowWidth - 8) {
            problems.add("the card runs to the window's edge (" + Math.round(card.getMaxX()) + " of "
                    + Math.round(windowWidth) + " px), past the page's margin");
        }
        AtomicReference<Double> cardMin = new AtomicReference<>();
        AppDriver.onFx(() -> cardMin.set(((javafx.scene.layout.Region) card()).minWidth(-1)));
        if (text.getWidth() < cardMin.get()) {
            problems.add("the note's text is squeezed to " + Math.round(text.getWidth()) + " px beside the card");
        }
        assertTrue(card.getMinX() >= text.getMaxX() - 1 || card.getMinY() >= text.getMaxY() - 1,
                "the card is beside or under the text, never over it: card " + card + ", text " + text);
        AppDriver.onFx(() -> problems.addAll(ScreenAudit.clipped(card().getScene()).stream()
                .filter(p -> p.contains("distress")).toList()));
        AppDriver.onFx(() -> problems.addAll(ScreenAudit.lowContrast(card().getScene()).stream()
                .filter(p -> p.contains("distress")).toList()));
        assertEquals(List.of(), problems);

        // The button is there to be pressed, in sight: it hides the notice for this note.
        Bounds dismiss = inScene(robot.lookup(".note-editor #distress-dismiss").query());
        double windowHeight = robot.lookup("#note-body").query().getScene().getHeight();
        assertTrue(dismiss.getMaxY() <= windowHeight, "the button is below the window: " + dismiss + " of " + windowHeight);
        robot.clickOn(robot.lookup(".note-editor #distress-dismiss").queryAs(Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !card().isVisible());
        driver.settle();
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM care_dismissal")).longValue());
    }
}
