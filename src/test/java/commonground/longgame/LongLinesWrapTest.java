package commonground.longgame;

import commonground.app.AppDriver;
import commonground.app.AppTest;
import commonground.app.ScreenAudit;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Window;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long entries in "Steps taken" and the good moments are read whole at 150% text, in
 * both themes: each line wraps to the list's width and its cell is as tall as its words.
 */
class LongLinesWrapTest extends AppTest {

    private static final String LONG = "The evening I finally told him how much I had missed our Sunday walks, and how "
            + "the house felt quiet after Mum moved out, and that I was glad he still rang on Fridays, even when "
            + "neither of us had much to say";

    @ParameterizedTest(name = "{0} theme")
    @ValueSource(strings = {"LIGHT", "DARK"})
    void longEntriesWrapAndAreNeverCut(String theme) throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("preferences.properties"), "theme=" + theme + "\ncare.country=GB\n"
                + "text.scale=1.5\n" + "care.frame.hidden=true\n"); // 150%; the first-start frame set aside

        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            Person dad = new PeopleRepository(db).add("Dad", Relationship.PARENT, "");
            new DisclosureRepository(db).take(dad.id(), LocalDate.now(), 1, LONG, Landing.WARMLY, LONG);
            WhoKnowsRepository news = new WhoKnowsRepository(db);
            NewsSituation s = news.create("Dad's illness", "dad-ill", dad.id());
            news.addTold(s.id(), "Aunt Ruth", LONG, "Mum", LocalDate.now());
            new GoodMomentRepository(db).add(dad.id(), LocalDate.now(), LONG, "walking", LONG);
        }
        startApp();
        robot.clickOn("#nav-longgame");
        driver.settle();
        List<String> problems = new ArrayList<>();
        // "Who knows what" uses the same cell; at 150% its tab is behind the tab bar's menu in the test window.
        for (String[] tab : new String[][] {{"#tab-ladder", "#ladder-taken"}, {"#tab-good-moments", "#moment-timeline"}}) {
            robot.clickOn(tab[0]);
            driver.settle();
            AppDriver.onFx(() -> {
                for (Window w : ScreenAudit.showingWindows()) {
                    ScreenAudit.clipped(w.getScene()).forEach(p -> problems.add(tab[0] + ": " + p));
                }
                ListCell<?> cell = robot.lookup(tab[1] + " .list-cell").queryAllAs(ListCell.class).stream()
                        .filter(c -> ListLines.text(c).contains(LONG)).findFirst().orElse(null);
                if (cell == null) {
                    problems.add(tab[1] + ": the long entry is not shown whole: " + ListLines.of(robot, tab[1])
                            + " of " + robot.lookup(tab[1]).queryAs(javafx.scene.control.ListView.class).getItems());
                    return;
                }
                for (Label l : robot.from(cell).lookup(".label").queryAllAs(Label.class)) {
                    double needed = l.prefHeight(l.getWidth());
                    if (l.getHeight() + 0.5 < needed) {
                        problems.add(tab[1] + ": a line is cut (" + l.getHeight() + " of " + needed + " high)");
                    }
                    if (l.localToScene(l.getLayoutBounds()).getMaxY()
                            > cell.localToScene(cell.getLayoutBounds()).getMaxY() + 0.5) {
                        problems.add(tab[1] + ": the cell is shorter than its words");
                    }
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
