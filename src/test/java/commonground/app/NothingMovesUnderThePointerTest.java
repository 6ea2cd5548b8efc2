package commonground.app;

import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Lines that appear while a person is using a screen (a passphrase's strength, a cue's strength,
 * a need's rating row, "Started.") do not push the controls they are using, or about to use, down
 * or sideways: each control's place on screen is the same before and after.
 */
class NothingMovesUnderThePointerTest extends WholeAppTest {

    private final List<String> moved = new ArrayList<>();

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            new PeopleRepository(db).add("Sam", Relationship.PARTNER, "");
        }
    }

    /** Where each control is on screen now. */
    private Map<String, Bounds> places(String... queries) {
        AtomicReference<Map<String, Bounds>> out = new AtomicReference<>();
        AppDriver.onFx(() -> {
            Map<String, Bounds> places = new LinkedHashMap<>();
            for (String q : queries) {
                Node n = robot.lookup(q).query();
                places.put(q, n.localToScreen(n.getLayoutBounds()));
            }
            out.set(places);
        });
        return out.get();
    }

    /** Notes each control that is not where it was, after {@code what}. */
    private void sameAs(Map<String, Bounds> before, String what) {
        Map<String, Bounds> now = places(before.keySet().toArray(String[]::new));
        before.forEach((q, b) -> {
            Bounds a = now.get(q);
            if (Math.abs(a.getMinX() - b.getMinX()) > 0.5 || Math.abs(a.getMinY() - b.getMinY()) > 0.5
                    || Math.abs(a.getWidth() - b.getWidth()) > 0.5) {
                moved.add(q + " moved after " + what + ": from (" + b.getMinX() + ", " + b.getMinY() + ", w "
                        + b.getWidth() + ") to (" + a.getMinX() + ", " + a.getMinY() + ", w " + a.getWidth() + ")");
            }
        });
    }

    /** Scrolls the page, as a person would, until the control is in the window (without clicking it). */
    private void reveal(String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane pane && pane.getStyleClass().contains("page-scroll")) {
                    double content = pane.getContent().getLayoutBounds().getHeight();
                    double viewport = pane.getViewportBounds().getHeight();
                    double y = pane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
                    double top = Math.max(0, Math.min(y - 40, content - viewport));
                    pane.setVvalue(content <= viewport ? 0 : top / (content - viewport));
                    pane.layout();
                }
            }
        });
    }

    private void open(String nav, String tab) throws Exception {
        robot.clickOn(nav);
        driver.settle();
        if (tab != null) {
            robot.clickOn(tab);
            driver.settle();
        }
    }

    @Test
    void appearingLinesLeaveTheControlsWhereTheyWere() throws Exception {
        // Privacy: the strength line and "not the same yet" come while the passphrase is typed.
        open("#nav-privacy", null);
        Map<String, Bounds> privacy = places("#privacy-repeat", "#privacy-auto-lock", "#privacy-turn-on");
        robot.clickOn("#privacy-passphrase").write("sunday");
        sameAs(privacy, "typing a short passphrase");
        robot.write(" walks by the river");
        sameAs(privacy, "typing a strong passphrase");
        robot.clickOn("#privacy-repeat").write("sunday walks");
        sameAs(privacy, "typing half of the repeat");
        robot.write(" by the river");
        sameAs(privacy, "typing the repeat in full");

        // Cues: ticking a cue brings its "Strength" choice.
        open("#nav-cues", null);
        Map<String, Bounds> cues = places("#cue-tearing-up", "#cue-tight-jaw", "#cue-pressed-lips");
        robot.clickOn("#cue-tearing-up");
        driver.settle();
        sameAs(cues, "ticking a cue");
        robot.clickOn("#cue-tight-jaw");
        driver.settle();
        sameAs(cues, "ticking a second cue");

        // Needs: choosing a need brings its rating row.
        open("#nav-reflection", "Needs");
        reveal("#need-belonging");
        Map<String, Bounds> needs = places("#need-closeness", "#need-being-understood", "#need-belonging");
        robot.clickOn("#need-being-understood");
        driver.settle();
        sameAs(needs, "choosing a need");
        robot.clickOn("#need-belonging");
        driver.settle();
        sameAs(needs, "choosing a second need");

        // Who knows what: "Started." under Start, and "Kept." under Keep this.
        open("#nav-longgame", "#tab-who-knows");
        reveal("#who-knows-new-title");
        robot.clickOn("#who-knows-new-title").write("Dad's illness");
        Map<String, Bounds> whoKnows = places("#who-knows-create", "#who-knows-private", "#who-knows-save-private",
                "#who-knows-name");
        robot.clickOn("#who-knows-create");
        driver.settle();
        sameAs(whoKnows, "starting a situation");
        robot.clickOn("#who-knows-private").write("Not to tell his sister yet");
        robot.clickOn("#who-knows-save-private");
        driver.settle();
        sameAs(whoKnows, "keeping what stays private");

        assertEquals(List.of(), moved);
    }
}
