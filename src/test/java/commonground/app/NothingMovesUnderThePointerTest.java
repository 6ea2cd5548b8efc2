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
 * or sideways: each control's place on screen is the same before and after. A message that answers
 * a button (an error, "Saved…") is said next to that button, inside the window, with nothing
 * scrolled and the button still under the pointer: Sync's Start and Join, a good moment's day,
 * Save check-in with nothing ticked, Help's Add, the lock screen's Unlock; and the coach's notes
 * appearing do not narrow the draft being typed.
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

    /** Whether {@code query} finds a node on screen, looked up on the JavaFX thread. */
    private boolean showing(String query) {
        AtomicReference<Boolean> shown = new AtomicReference<>(false);
        AppDriver.onFx(() -> shown.set(robot.lookup(query).tryQuery()
                .map(n -> n.isVisible() && n.getScene() != null).orElse(false)));
        return shown.get();
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

    /**
     * Presses {@code button} (already in view) and checks that it stays where it was and that the
     * message, once it says {@code expected}, is whole inside the window and every page around it.
     */
    private void pressAndRead(String button, String message, String expected, String... alsoStill) throws Exception {
        String[] still = java.util.stream.Stream.concat(java.util.stream.Stream.of(button),
                java.util.Arrays.stream(alsoStill)).toArray(String[]::new);
        Map<String, Bounds> before = places(still);
        robot.clickOn(button);
        driver.settleWhen(message + " to say " + expected, () -> {
            AtomicReference<String> text = new AtomicReference<>("");
            AppDriver.onFx(() -> robot.lookup(message).tryQuery()
                    .ifPresent(n -> text.set(n instanceof javafx.scene.control.Labeled l ? l.getText() : "")));
            return text.get() != null && text.get().contains(expected);
        });
        driver.settle();
        sameAs(before, "pressing " + button);
        AppDriver.onFx(() -> {
            Node m = robot.lookup(message).query();
            Bounds b = m.localToScene(m.getLayoutBounds());
            String where = message + " at (" + b.getMinX() + ", " + b.getMinY() + " to " + b.getMaxX() + ", "
                    + b.getMaxY() + ")";
            if (!m.isVisible()) {
                moved.add(message + " is not visible after pressing " + button);
            }
            if (b.getMinY() < -0.5 || b.getMaxY() > m.getScene().getHeight() + 0.5
                    || b.getMaxX() > m.getScene().getWidth() + 0.5) {
                moved.add(where + " is outside the window after pressing " + button);
            }
            for (Parent p = m.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane pane) {
                    Bounds view = pane.localToScene(pane.getLayoutBounds());
                    if (b.getMinY() < view.getMinY() - 0.5 || b.getMaxY() > view.getMaxY() + 0.5
                            || b.getMaxX() > view.getMaxX() + 0.5) {
                        moved.add(where + " is outside its page's view " + view + " after pressing " + button);
                    }
                }
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

    /** Scrolls the page that holds {@code query} back to its top. */
    private void atTheTop(String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane pane && pane.getStyleClass().contains("page-scroll")) {
                    pane.setVvalue(0);
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

        // Cues: Save check-in with nothing ticked or written says what to do, under Save.
        open("#nav-cues", null);
        reveal("#save-check-in");
        pressAndRead("#save-check-in", "#check-in-message", "Tick at least one cue");

        // Cues: ticking a cue brings its "Strength" choice (the page at its top, as a person starts).
        atTheTop("#cue-tearing-up");
        Map<String, Bounds> cues = places("#cue-tearing-up", "#cue-tight-jaw", "#cue-pressed-lips");
        robot.clickOn("#cue-tearing-up");
        driver.settle();
        sameAs(cues, "ticking a cue");
        robot.clickOn("#cue-tight-jaw");
        driver.settle();
        sameAs(cues, "ticking a second cue");
        // ... and Save then says where the check-in went, under Save, with "Come back to this on" below.
        reveal("#save-check-in");
        pressAndRead("#save-check-in", "#check-in-message", "Saved for Sam");

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

        // Sync, at 150% as a person met it: Join and Start with the fields empty, then with a folder that is
        // not there.
        robot.clickOn("#text-size").clickOn("150%");
        driver.settle();
        open("#nav-sync", null);
        reveal("#sync-start");
        pressAndRead("#sync-join", "#sync-message", "Please choose the folder", "#sync-start");
        robot.clickOn("#sync-folder").write("/no/such/folder/here");
        reveal("#sync-start");
        pressAndRead("#sync-start", "#sync-message", "That folder is not there", "#sync-join");
        robot.clickOn("#text-size").clickOn("100%");
        driver.settle();

        // Long game: a good moment on a day that does not exist.
        open("#nav-longgame", "#tab-good-moments");
        reveal("#moment-what");
        robot.clickOn("#moment-what").write("Sam made me tea without asking");
        javafx.scene.control.DatePicker day = robot.lookup("#moment-day")
                .queryAs(javafx.scene.control.DatePicker.class);
        robot.interact(() -> day.getEditor().setText("31/02/2026"));
        reveal("#save-moment");
        pressAndRead("#save-moment", "#moment-day-problem", "That date could not be read", "#moment-what");

        // Help: Add with both fields empty, then with a number that is not one.
        robot.press(javafx.scene.input.KeyCode.F1).release(javafx.scene.input.KeyCode.F1);
        driver.settle();
        reveal("#help-person-save");
        pressAndRead("#help-person-save", "#help-person-name-error", "Please give a name", "#help-person-name",
                "#help-person-number");
        robot.clickOn("#help-person-number").write("abc not a number");
        pressAndRead("#help-person-save", "#help-person-number-error", "A number can hold", "#help-person-name",
                "#help-person-number");
        robot.clickOn("#help-person-name").write("Aunt Ruth");
        robot.clickOn("#help-person-number").press(javafx.scene.input.KeyCode.CONTROL)
                .press(javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.CONTROL).write("0161 496 0000");
        pressAndRead("#help-person-save", "#help-message", "Aunt Ruth is in your list", "#help-person-name",
                "#help-person-number");

        // Draft: the coach's notes appear below while typing; the text box keeps its place and width.
        open("#nav-draft", null);
        Map<String, Bounds> draft = places("#draft-text");
        robot.clickOn("#draft-text").write("You never talk to me. You always shut down and you need to tell me "
                + "what's wrong right now.");
        driver.settleWhen("the coach's notes", () -> {
            AtomicReference<Integer> n = new AtomicReference<>(0);
            AppDriver.onFx(() -> n.set(((javafx.scene.layout.Pane) robot.lookup("#draft-findings").query())
                    .getChildren().size()));
            return n.get() > 0;
        });
        driver.settle();
        sameAs(draft, "the coach's notes appearing");

        // The lock screen: a wrong passphrase is said under Unlock, and the card stays where it was.
        open("#nav-privacy", null);
        robot.clickOn("#privacy-passphrase").press(javafx.scene.input.KeyCode.CONTROL)
                .press(javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.CONTROL).write("sunday walks by the river");
        robot.clickOn("#privacy-repeat").press(javafx.scene.input.KeyCode.CONTROL)
                .press(javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.CONTROL).write("sunday walks by the river");
        robot.clickOn("#privacy-turn-on");
        driver.settleWhen("the recovery key", () -> showing("#recovery-kept"));
        robot.clickOn("#recovery-kept");
        robot.clickOn("#recovery-lock-now");
        driver.settleWhen("the lock screen", () -> showing("#unlock-button"));
        robot.clickOn("#unlock-passphrase").write("monday walks");
        pressAndRead("#unlock-button", "#unlock-message", "does not open it", "#unlock-passphrase");

        assertEquals(List.of(), moved);
    }
}
