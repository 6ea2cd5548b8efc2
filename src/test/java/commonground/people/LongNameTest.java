package commonground.people;

import commonground.app.AppDriver;
import commonground.app.ScreenAudit;
import commonground.app.WholeAppTest;
import commonground.storage.Database;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person with a 190-character name: the pickers that name them stay inside the window (the
 * "With" picker made the page scroll sideways) and Needs keeps its left column; the name is
 * shortened with an ellipsis wherever it is shown, and the whole of it is in a tooltip.
 */
class LongNameTest extends WholeAppTest {

    static final String LONG = ("Alexandra Maria Josephine Catherine Elisabeth von Hohenberg-Wittelsbach "
            + "zu Landsberg und Falkenstein, known to everyone in the family simply as Auntie Lexie, "
            + "the one who tells the stories, and who always remembers birthdays").substring(0, 190);

    @Override
    protected void prepareDataFolder() throws Exception {
        assertEquals(190, LONG.length());
        try (Database db = Database.open(dataDir.resolve("common-ground.db"))) {
            new PeopleRepository(db).add(LONG, Relationship.PARENT, "");
            new PeopleRepository(db).add("Sam", Relationship.PARTNER, "");
        }
    }

    private double windowWidth() {
        return robot.lookup(".shell").query().getScene().getWidth();
    }

    private List<String> problems(String where) {
        List<String> found = new ArrayList<>();
        AppDriver.onFx(() -> ScreenAudit.clipped(robot.lookup(".shell").query().getScene())
                .forEach(p -> found.add(where + ": " + p)));
        return found;
    }

    /** Opens the picker and clicks the entry for the person named {@code name}. */
    private void choose(ComboBox<?> picker, String name) throws Exception {
        robot.clickOn(picker);
        driver.settle();
        Node cell = robot.lookup(".combo-box-popup .list-cell").<Node>queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() instanceof Person p && p.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no entry for " + name));
        robot.clickOn(cell);
        driver.settle();
    }

    @Test
    void aVeryLongNameIsShortenedEverywhereWithTheWholeNameInATooltip() throws Exception {
        List<String> problems = new ArrayList<>();
        robot.clickOn("#nav-cues");
        driver.settle();
        ComboBox<?> with = robot.lookup(".module-content .combo-box").queryAs(ComboBox.class);
        choose(with, "Sam");
        robot.clickOn("#check-in-context").write("Walking the dog");
        choose(with, LONG);
        // The question about the half-written check-in names the person, shortened.
        AppDriver.onFx(() -> {
            boolean asked = false;
            for (javafx.stage.Window w : ScreenAudit.showingWindows()) {
                if (w.getScene().getRoot() instanceof javafx.scene.control.DialogPane pane) {
                    asked = true;
                    ScreenAudit.clipped(w.getScene()).forEach(p -> problems.add("the question: " + p));
                    assertTrue(pane.lookupAll(".button").stream().anyMatch(b -> b instanceof Labeled l
                            && l.getText().startsWith("Keep it for Alexandra") && l.getText().endsWith("…")),
                            "the button names the person, shortened");
                    assertTrue(pane.getWidth() < windowWidth(), "the question is " + pane.getWidth() + " px wide");
                }
            }
            assertTrue(asked, "switching the person asks first");
        });
        robot.clickOn(robot.lookup(".dialog-pane .button").<Node>queryAll().stream()
                .filter(b -> ((Labeled) b).getText().startsWith("Keep it for")).findFirst().orElseThrow());
        driver.settle();
        AppDriver.onFx(() -> {
            ListCell<?> shown = (ListCell<?>) with.lookup(".list-cell");
            assertTrue(shown.getText().endsWith("… · Parent"), "the picker shows " + shown.getText());
            Tooltip tip = shown.getTooltip();
            assertTrue(tip != null && tip.getText().contains(LONG), "the whole name is in a tooltip");
            assertTrue(with.getWidth() < windowWidth() / 2, "the With picker is " + with.getWidth() + " px wide in a "
                    + windowWidth() + " px window");
        });
        problems.addAll(problems("Cues"));

        robot.clickOn("#nav-scenarios");
        driver.settle();
        problems.addAll(problems("Scenarios"));

        robot.clickOn("#nav-reflection");
        driver.settle();
        robot.clickOn("Needs");
        driver.settle();
        AtomicReference<Double> left = new AtomicReference<>();
        AppDriver.onFx(() -> left.set(((javafx.scene.layout.Region) robot.lookup("#needs-check-in-column").query())
                .getWidth()));
        assertTrue(left.get() > 300, "Needs' left column is squeezed to " + left.get() + " px");
        problems.addAll(problems("Needs"));

        robot.clickOn("#nav-people");
        driver.settle();
        problems.addAll(problems("People"));
        AppDriver.onFx(() -> {
            Labeled title = (Labeled) robot.lookup("#people-list .cell-title").query();
            // Shortened at the list's own width (no sideways scrolling), whole in the tooltip.
            String drawn = ((javafx.scene.text.Text) title.lookup(".text")).getText();
            assertTrue((drawn.endsWith("…") || drawn.endsWith("...")) && drawn.length() < LONG.length(),
                    "the list shows " + drawn);
            Node cell = title.getParent().getParent();
            assertTrue(cell instanceof ListCell<?> c && c.getTooltip() != null && c.getTooltip().getText().equals(LONG),
                    "the list has the whole name in a tooltip");
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
