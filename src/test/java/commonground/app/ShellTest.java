package commonground.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShellTest extends WholeAppTest {

    private Stage mainStage() {
        return (Stage) robot.lookup(".shell").query().getScene().getWindow();
    }

    private List<ToggleButton> navButtons() {
        return List.copyOf(robot.lookup(".nav-button").queryAllAs(ToggleButton.class));
    }

    private ToggleButton selectedNav() {
        return navButtons().stream().filter(ToggleButton::isSelected).findFirst().orElseThrow();
    }

    @Test
    void theWindowOpensOnHomeWithTheDatabaseCreated() throws Exception {
        Stage stage = mainStage();
        assertEquals("Common Ground", stage.getTitle());
        assertTrue(robot.lookup("#home-view").tryQuery().isPresent());
        assertEquals("nav-home", selectedNav().getId());
        assertFalse(stage.getIcons().isEmpty(), "the window has the app icon");
        assertTrue(Files.exists(driver.databaseFile()));
    }

    @Test
    void sidebarEntriesNameTheirShortcutAndTheFooterNamesTheDataFolder() {
        // Tooltips are added just after the first frame; by now the window is up.
        assertEquals("People (Ctrl+5)",
                robot.lookup("#nav-people").queryAs(ToggleButton.class).getTooltip().getText());
        assertEquals("Home (Ctrl+1)", robot.lookup("#nav-home").queryAs(ToggleButton.class).getTooltip().getText());
        assertTrue(robot.lookup("#data-location").queryAs(javafx.scene.control.Label.class).getTooltip().getText()
                .endsWith(dataDir.getFileName().toString()));
    }

    @Test
    void theFeaturesTakeTheSidebarPlacesTheyName() {
        assertEquals(List.of("nav-home", "nav-scenarios", "nav-cues", "nav-reflection", "nav-people", "nav-draft",
                "nav-privacy", "nav-practice", "nav-longgame", "nav-sync"), navButtons().stream().map(ToggleButton::getId).toList());
    }

    @Test
    void everySidebarEntryShowsItsModule() {
        List<ToggleButton> buttons = navButtons();
        assertTrue(buttons.size() >= 2);
        assertTrue(Set.of("nav-home", "nav-people").stream().allMatch(id -> buttons.stream()
                .anyMatch(b -> b.getId().equals(id))));
        for (ToggleButton button : buttons) {
            robot.clickOn(button);
            assertTrue(button.isSelected(), button.getId());
            Node shown = robot.lookup(".module-content").queryAs(javafx.scene.layout.StackPane.class)
                    .getChildren().get(0);
            assertTrue(shown.isVisible());
            String moduleId = button.getId().substring("nav-".length());
            // The page is inside a scroll pane, whose content joins the scene when the pane gets its
            // skin; the shell asks for that as it shows the module, so the page is there at once
            // (before, it came with the next frame, which in a busy full run was after this check).
            assertTrue(robot.lookup("#" + moduleId + "-view").tryQuery().isPresent(),
                    "the " + moduleId + " view is showing");
        }
    }

    @Test
    void aModulesPageIsInTheWindowAsSoonAsItsEntryIsChosen() {
        // The flaky "the sync view is showing" in full runs: the click landed, but the page, inside a
        // scroll pane, joined the scene only with the next frame. Checked here in the same event.
        List<String> missing = new java.util.ArrayList<>();
        for (ToggleButton button : navButtons()) {
            String moduleId = button.getId().substring("nav-".length());
            AppDriver.onFx(() -> {
                button.fire();
                if (button.getScene().getRoot().lookup("#" + moduleId + "-view") == null) {
                    missing.add(moduleId);
                }
            });
        }
        assertEquals(List.of(), missing, "pages not in the window right after their entry was chosen");
    }

    @Test
    void ctrlAndANumberSwitchModules() {
        List<ToggleButton> buttons = navButtons();
        // Ctrl+1 to Ctrl+9 reach the first nine places (Sync, tenth, is reached from the sidebar).
        for (int i = Math.min(buttons.size(), 9) - 1; i >= 0; i--) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + (i + 1));
            robot.press(KeyCode.CONTROL).press(digit).release(digit).release(KeyCode.CONTROL);
            assertEquals(buttons.get(i).getId(), selectedNav().getId());
        }
    }

    @Test
    void theThemeSwitchAppliesAndIsRememberedAfterARestart() throws Exception {
        assertEquals(new PrimerLight().getUserAgentStylesheetBSS(), Application.getUserAgentStylesheet());
        robot.clickOn("#theme-toggle");
        assertEquals(new PrimerDark().getUserAgentStylesheetBSS(), Application.getUserAgentStylesheet());
        driver.restart();
        assertEquals(new PrimerDark().getUserAgentStylesheetBSS(), Application.getUserAgentStylesheet());
        robot.clickOn("#theme-toggle");
        assertEquals(new PrimerLight().getUserAgentStylesheetBSS(), Application.getUserAgentStylesheet());
    }

    @Test
    void theWindowSizeAndPlaceAreRemembered() throws Exception {
        Stage stage = mainStage();
        AppDriver.onFx(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        driver.settle();
        double sceneWidth = stage.getScene().getWidth();
        double sceneHeight = stage.getScene().getHeight();
        driver.stop();
        String prefs = Files.readString(dataDir.resolve("preferences.properties"));
        assertTrue(prefs.contains("window.x=40"), prefs);
        driver.start();
        Stage again = mainStage();
        assertEquals(40, again.getX(), 1);
        assertEquals(30, again.getY(), 1);
        assertEquals(sceneWidth, again.getScene().getWidth(), 1);
        assertEquals(sceneHeight, again.getScene().getHeight(), 1);
    }

    @Test
    void aboutShowsWhereTheDataIsAndBacksUpOnRequest() throws Exception {
        robot.clickOn("#about-button");
        javafx.scene.control.TextField folder = robot.lookup("#about-data-folder")
                .queryAs(javafx.scene.control.TextField.class);
        assertEquals(dataDir.toString(), folder.getText());
        robot.clickOn("#backup-now");
        driver.settle();
        try (var files = Files.list(dataDir.resolve("backups"))) {
            // One from the automatic daily backup at start, and one asked for now.
            assertEquals(2, files.filter(p -> p.toString().endsWith(".db")).count());
        }
        assertTrue(robot.lookup("#status-line").queryLabeled().getText().contains("A backup was saved"));
    }

    @Test
    void theFocusedSidebarEntryShowsARing() throws Exception {
        robot.clickOn("#nav-cues");
        driver.settle();
        Node cues = robot.lookup("#nav-cues").query();
        java.util.concurrent.atomic.AtomicReference<javafx.scene.layout.Border> border =
                new java.util.concurrent.atomic.AtomicReference<>();
        AppDriver.onFx(() -> {
            cues.requestFocus();
            cues.getScene().getRoot().applyCss();
            border.set(((javafx.scene.layout.Region) cues).getBorder());
        });
        assertTrue(cues.isFocused(), "the entry has the focus");
        assertTrue(border.get() != null && border.get().getStrokes().stream().anyMatch(stroke ->
                        stroke.getTopStroke() instanceof javafx.scene.paint.Color c && c.getOpacity() > 0),
                "a visible ring on " + cues);
    }

    @Test
    void homeEntryPointsOpenTheirModules() {
        List<Node> entries = List.copyOf(robot.lookup(".entry-point").queryAll());
        assertEquals(6, entries.size(), "Scenarios, Cues, Reflection, Draft, Practise and the long game");
        assertTrue(robot.lookup("Walk through a situation").tryQuery().isPresent());
        assertTrue(robot.lookup("Note what you noticed").tryQuery().isPresent());
        assertTrue(robot.lookup("Write a reflection").tryQuery().isPresent());
        robot.clickOn("#entry-draft");
        assertTrue(robot.lookup("#draft-view").tryQuery().isPresent());
    }
}
