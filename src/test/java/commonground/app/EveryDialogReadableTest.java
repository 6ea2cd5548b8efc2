package commonground.app;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every kind of dialog a person meets, at 150% text in both themes, takes the app's look through
 * one helper (shell.DialogLook): the theme's background (no white band, no stock "?" icon), the
 * window's text size, nothing cut, every text readable; and pop-ups (a drop-down) have no
 * see-through shadow margin, which showed as a white frame round dark pop-ups. The questions: one
 * with several answers (removing someone), About, the two before an export (everything, or
 * Markdown for reading), and the three of Privacy (replace the recovery key, encrypt with a new
 * key, turn the lock off).
 */
class EveryDialogReadableTest extends AppTest {

    private static final String PASSPHRASE = "slow river at dusk";
    private final List<String> problems = new ArrayList<>();

    @ParameterizedTest(name = "{0} theme")
    @ValueSource(strings = {"LIGHT", "DARK"})
    void everyDialogTakesTheThemeAndTheTextSize(String theme) throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("preferences.properties"), "theme=" + theme
                + "\ncare.frame.hidden=true\n");
        startApp();
        boolean dark = theme.equals("DARK");
        addPerson("Sam");
        turnOnTheLock();
        robot.clickOn("#text-size").clickOn("150%");
        driver.settle();

        robot.clickOn("#nav-people");
        driver.settle();
        robot.clickOn("Sam");
        robot.clickOn("#remove-person");
        auditDialog("Remove Sam?", dark);

        robot.clickOn("#person-relationship");
        driver.settle();
        AppDriver.onFx(() -> {
            for (Window window : ScreenAudit.showingWindows()) {
                for (Node n : ScreenAudit.all(window.getScene().getRoot())) {
                    if (n instanceof ListView<?> list && list.getStyleClass().contains("list-view")
                            && n.getParent() != null && n.getEffect() != null && window != mainWindow()) {
                        problems.add("the drop-down list has a shadow drawn in a see-through margin: " + n.getEffect());
                    }
                }
            }
        });
        robot.type(KeyCode.ESCAPE);
        driver.settle();

        robot.clickOn("#about-button");
        auditDialog("About", dark);
        for (String button : List.of("#export-all", "#export-markdown")) {
            robot.clickOn("#about-button");
            driver.settleWhen("About", () -> robot.lookup(button).tryQuery().isPresent());
            robot.clickOn(button); // About closes, and the question about the export opens
            driver.settleWhen("About to close", () -> robot.lookup(button).tryQuery().isEmpty());
            auditDialog(button, dark);
        }

        robot.clickOn("#nav-privacy");
        driver.settle();
        for (String button : List.of("#privacy-replace-recovery", "#privacy-rotate", "#privacy-turn-off")) {
            AppDriver.onFx(() -> robot.lookup("#privacy-current").queryAs(TextField.class).setText(PASSPHRASE));
            driver.settle();
            Platform.runLater(() -> robot.lookup(button).queryAs(Button.class).fire());
            auditDialog(button, dark);
        }
        assertEquals(List.of(), problems);
    }

    private Window mainWindow() {
        return robot.lookup("#nav-people").query().getScene().getWindow();
    }

    private Optional<DialogPane> dialog() {
        return ScreenAudit.showingWindows().stream().map(w -> w.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst();
    }

    /** Checks the dialog that opens now, then closes it with Esc (which answers no). */
    private void auditDialog(String which, boolean dark) throws Exception {
        driver.settleWhen("the dialog " + which, () -> dialog().isPresent());
        driver.settle();
        AppDriver.onFx(() -> {
            DialogPane pane = dialog().orElseThrow();
            String name = "the dialog \"" + Optional.ofNullable(pane.getHeaderText()).orElse(which) + "\"";
            pane.applyCss();
            pane.layout();
            if (!pane.getStyleClass().contains("app-dialog")) {
                problems.add(name + " does not take the app's look");
            }
            if (pane.getGraphic() != null) {
                problems.add(name + " shows a stock icon");
            }
            double mainSize = robot.lookup("#nav-people").queryAs(javafx.scene.control.Labeled.class).getFont().getSize();
            for (Node n : ScreenAudit.all(pane)) {
                if (n instanceof Label label && ScreenAudit.shown(n) && label.getText() != null && !label.getText().isBlank()) {
                    Color behind = ScreenAudit.backgroundBehind(label, pane.getScene());
                    double light = behind.getBrightness();
                    if (dark ? light > 0.35 : light < 0.8) {
                        problems.add(name + ": \"" + label.getText() + "\" sits on " + behind + ", not the "
                                + (dark ? "dark" : "light") + " theme's background");
                    }
                    if (label.getFont().getSize() < mainSize - 0.6) {
                        problems.add(name + ": \"" + label.getText() + "\" is drawn at " + label.getFont().getSize()
                                + " px, the window at " + mainSize + " px");
                    }
                }
            }
            for (Window window : ScreenAudit.showingWindows()) {
                if (window.getScene().getRoot() == pane) {
                    ScreenAudit.clipped(window.getScene()).forEach(p -> problems.add(name + ": " + p));
                    ScreenAudit.lowContrast(window.getScene()).forEach(p -> problems.add(name + ": " + p));
                }
            }
        });
        AtomicReference<Window> window = new AtomicReference<>();
        AppDriver.onFx(() -> window.set(dialog().orElseThrow().getScene().getWindow()));
        robot.type(KeyCode.ESCAPE);
        driver.settleWhen("the dialog " + which + " to close", () -> !window.get().isShowing());
    }

    private void addPerson(String name) throws Exception {
        robot.clickOn("#nav-people");
        driver.settle();
        robot.clickOn("#add-person");
        robot.clickOn("#person-name").write(name);
        robot.clickOn("#save-person");
        driver.settle();
        assertEquals(name, driver.value("SELECT name FROM person"));
    }

    private void turnOnTheLock() throws Exception {
        robot.clickOn("#nav-privacy");
        driver.settle();
        robot.clickOn("#privacy-passphrase").write(PASSPHRASE);
        robot.clickOn("#privacy-repeat").write(PASSPHRASE);
        robot.clickOn("#privacy-turn-on");
        driver.settleWhen("the recovery key", () -> robot.lookup("#recovery-kept").tryQuery().isPresent());
        robot.clickOn("#recovery-kept");
        robot.clickOn("#recovery-done");
        driver.settle();
    }
}
