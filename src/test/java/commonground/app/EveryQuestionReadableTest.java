package commonground.app;

import commonground.care.SafetyAnswer;
import commonground.care.SupportContactRepository;
import commonground.cues.CheckInDraft;
import commonground.cues.CheckInRepository;
import commonground.cues.PageScroll;
import commonground.longgame.DisclosureRepository;
import commonground.longgame.Landing;
import commonground.longgame.NewsSituation;
import commonground.longgame.WhoKnowsRepository;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Pronouns;
import commonground.people.Relationship;
import commonground.reflection.NoteListItem;
import commonground.reflection.NoteRepository;
import commonground.storage.Database;
import commonground.storage.PassphraseKeys;
import commonground.storage.sync.SyncEngine;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The questions and notes not met in {@link EveryDialogReadableTest}, each opened as a person opens
 * it (a click on the button that asks), at 150% text in both themes, and checked by
 * {@link DialogAudit}: a second person with the same name, deleting a step of the ladder, taking
 * someone off a "who knows" list, an unsaved or changed check-in when the person changes, deleting
 * a check-in, deleting a note for good, removing someone from the people to call, continuing a
 * walk-through left unfinished, deleting a walk-through, stopping sync, the note that a backup
 * could not be made, restoring a backup, and the note that nothing was imported. And the pop-ups:
 * a drop-down, the calendar, the menus of the text size and of a new note, a text field's menu, a tooltip.
 */
class EveryQuestionReadableTest extends AppTest {

    private static final String PASSPHRASE = "slow river at dusk";
    private final List<String> problems = new ArrayList<>();
    private DialogAudit audit;

    @TempDir
    Path elsewhere;

    @ParameterizedTest(name = "{0} theme")
    @ValueSource(strings = {"LIGHT", "DARK"})
    void everyQuestionIsReadableAtTheLargestTextSize(String theme) throws Exception {
        prepare(theme);
        startApp();
        audit = new DialogAudit(robot, driver, theme.equals("DARK"), problems);
        robot.clickOn("#text-size").clickOn("150%");
        driver.settle();
        robot.clickOn("#text-size");
        audit.popups("the text size menu");
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("#nav-people");
        driver.settle();
        robot.clickOn("#add-person");
        robot.clickOn("#person-name").write("Dad");
        PageScroll.clickInView(robot, "#save-person"); // under the form: at 150% the page scrolls to it
        audit.dialog("a second Dad");

        robot.clickOn("#nav-longgame");
        driver.settle();
        robot.clickOn("#tab-ladder");
        driver.settle();
        choose("#ladder-person", "Dad");
        clickLine("#ladder-taken", "Something I enjoyed today");
        PageScroll.clickInView(robot, "#ladder-delete");
        audit.dialog("deleting a step");
        robot.clickOn("#tab-who-knows");
        driver.settle();
        AppDriver.onFx(() -> { // a setting-up step: the one situation, if none is chosen yet
            var box = robot.lookup("#who-knows-situation").queryAs(javafx.scene.control.ComboBox.class);
            if (box.getValue() == null && !box.getItems().isEmpty()) {
                box.getSelectionModel().select(0);
            }
        });
        driver.settle();
        clickLine("#who-knows-told", "Aunt Ruth");
        PageScroll.clickInView(robot, "#who-knows-delete");
        audit.dialog("taking Aunt Ruth off the list");

        robot.clickOn("#nav-cues");
        driver.settle();
        PageScroll.clickInView(robot, "#check-in-context").write("Cooking dinner");
        robot.clickOn("#cues-person");
        audit.popups("the person drop-down");
        robot.clickOn("Sam · Friend");
        audit.dialog("an unsaved check-in"); // Esc: back to Dad, the check-in kept
        PageScroll.clickInView(robot, "#check-in-date .arrow-button");
        audit.popups("the calendar");
        robot.type(KeyCode.ESCAPE);
        rightClick("#check-in-context");
        audit.popups("the menu of a text field");
        robot.type(KeyCode.ESCAPE);
        robot.moveTo("#check-in-date");
        driver.settleWhen("the date's tooltip", () -> ScreenAudit.showingWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip));
        audit.popups("a tooltip");
        robot.moveTo("#nav-people");
        robot.clickOn("#tab-over-time");
        driver.settle();
        clickFirst("#timeline");
        PageScroll.clickInView(robot, "#delete-check-in");
        audit.dialog("deleting a check-in");
        clickFirst("#timeline");
        PageScroll.clickInView(robot, "#edit-check-in");
        driver.settleWhen("the check-in to change", () -> robot.lookup("#cancel-edit").tryQuery()
                .map(n -> n.isVisible()).orElse(false));
        PageScroll.clickInView(robot, "#check-in-context").write(", later");
        robot.clickOn("#cues-person").clickOn("Sam · Friend");
        audit.dialog("a check-in being changed");

        robot.clickOn("#nav-reflection");
        driver.settle();
        robot.clickOn("#new-note");
        audit.popups("the kinds of new note");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#show-trash");
        driver.settle();
        robot.clickOn("The last walk we took");
        driver.settle();
        PageScroll.clickInView(robot, "#delete-note");
        audit.dialog("deleting a note for good");

        robot.clickOn("#nav-help");
        driver.settle();
        PageScroll.clickInView(robot, robot.lookup("#help-people .button")
                .match((javafx.scene.control.Button b) -> "Remove Aunt Ruth".equals(b.getAccessibleText()))
                .<javafx.scene.Node>query());
        audit.dialog("removing someone to call");

        robot.clickOn("#nav-scenarios");
        driver.settle();
        robot.clickOn("#start-person");
        robot.clickOn("Dad · Parent");
        driver.settle();
        PageScroll.clickInView(robot, "#start-run");
        driver.settle();
        PageScroll.clickInView(robot, "#leave-run");
        driver.settle();
        PageScroll.clickInView(robot, "#start-run");
        audit.dialog("continuing where you left off");
        driver.settleWhen("the walk-through in the list", () -> robot.lookup("#run-list .delete-run").tryQuery().isPresent());
        PageScroll.clickInView(robot, "#run-list .delete-run");
        audit.dialog("deleting a walk-through");

        robot.clickOn("#nav-sync");
        driver.settleWhen("the summary", () -> robot.lookup("#sync-summary").tryQuery().isPresent());
        PageScroll.clickInView(robot, "#sync-stop");
        audit.dialog("stopping sync");

        putAFileWhereTheBackupsGo();
        robot.clickOn("#about-button");
        driver.settleWhen("About", () -> robot.lookup("#backup-now").tryQuery().isPresent());
        robot.clickOn("#backup-now"); // About closes, and the backup is tried
        driver.settleWhen("About to close", () -> robot.lookup("#backup-now").tryQuery().isEmpty());
        audit.dialog("the backup was not made", "OK");
        // Restoring and importing begin with the system's file chooser, which a test cannot click:
        // the questions and notes after it are opened as if it had answered.
        Path backup = Files.createDirectories(elsewhere.resolve("kept")).resolve("common-ground-backup.db");
        Files.copy(driver.databaseFile(), backup);
        driver.afterFileChooser(safety -> safety.restore(backup));
        audit.dialog("restoring a backup");
        Path broken = Files.writeString(elsewhere.resolve("export.json"), "{ this is not an export");
        driver.afterFileChooser(safety -> safety.importFile(broken));
        audit.dialog("nothing was imported", "OK");

        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(1L, count("SELECT count(*) FROM person WHERE name = 'Dad'"), "Esc kept one Dad");
        assertEquals(2L, count("SELECT count(*) FROM disclosure_step_taken"), "Esc kept the step");
        assertEquals(1L, count("SELECT count(*) FROM check_in"), "Esc kept the check-in");
        assertEquals(1L, count("SELECT count(*) FROM note"), "Esc kept the note");
    }

    /** A count from the database as a long (SQLite hands small counts back as an Integer). */
    private long count(String sql) throws Exception {
        return ((Number) driver.value(sql)).longValue();
    }

    /** What was found before a step failed is still told (the assertion at the end is not reached then). */
    @org.junit.jupiter.api.AfterEach
    void tellWhatWasFound() {
        if (!problems.isEmpty()) {
            System.err.println("Found before the end:\n" + String.join("\n", problems));
        }
    }

    private void prepare(String theme) throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("preferences.properties"), "theme=" + theme + "\ncare.frame.hidden=true\n");
        Path shared = Files.createDirectories(elsewhere.resolve("Syncthing"));
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            PeopleRepository people = new PeopleRepository(db);
            // "Yes" to the safety question: a walk-through about Dad is the short safe path.
            Person dad = people.add("Dad", Relationship.PARENT, "", Pronouns.HE, SafetyAnswer.YES);
            people.add("Sam", Relationship.FRIEND, "");
            DisclosureRepository steps = new DisclosureRepository(db);
            steps.take(dad.id(), LocalDate.now().minusDays(3), 1, "Something I enjoyed today", Landing.NEUTRAL, "");
            steps.take(dad.id(), LocalDate.now().minusDays(1), 1, "The film I watched", Landing.WARMLY, "He smiled");
            WhoKnowsRepository news = new WhoKnowsRepository(db);
            NewsSituation s = news.create("Dad's illness", "dad-ill", dad.id());
            news.addTold(s.id(), "Aunt Ruth", "That he is in hospital", "Mum", LocalDate.now().minusDays(2));
            new CheckInRepository(db).add(new CheckInDraft(dad.id(), Instant.now().minus(1, ChronoUnit.DAYS),
                    "After the hospital visit", "", List.of(), "We talked a little about the garden.", ""));
            NoteRepository notes = new NoteRepository(db);
            NoteListItem note = notes.create(null, null);
            notes.saveBody(note.id(), "The last walk we took\nHe walked slowly and said nothing, and that was fine.");
            notes.moveToTrash(note.id());
            new SupportContactRepository(db).add("Aunt Ruth", "07700 900123");
            assertTrue(SyncTables.registerAll(new SyncEngine(db, db.clock(), new PassphraseKeys.Cost(1024, 1, 1),
                    new SecureRandom())).start(shared, PASSPHRASE.toCharArray(), "Laptop").ok());
        }
    }

    /**
     * A file where the backups folder is: "Back up now" cannot make one, and says so. Made once the
     * app is open and the day's backup is made (the app makes the folder when it starts).
     */
    private void putAFileWhereTheBackupsGo() throws Exception {
        Path backups = dataDir.resolve("backups");
        driver.settleWhen("the day's backup", () -> {
            try (var files = Files.list(backups)) {
                return files.anyMatch(f -> f.getFileName().toString().endsWith(".db"));
            }
        });
        try (var files = Files.list(backups)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(backups);
        Files.writeString(backups, "");
    }

    /**
     * A right-click on {@code query}, as a desktop delivers it: the press and release, then the
     * request for a menu, which the desktop sends after a right-click and the headless test display
     * (Monocle) never does (its mouse input has no menu event), so it is sent here as the desktop would.
     */
    private void rightClick(String query) {
        robot.rightClickOn(query);
        AppDriver.onFx(() -> {
            javafx.scene.Node node = robot.lookup(query).query();
            javafx.geometry.Bounds b = node.getLayoutBounds();
            double x = b.getMinX() + b.getWidth() / 2;
            double y = b.getMinY() + b.getHeight() / 2;
            javafx.geometry.Point2D screen = node.localToScreen(x, y);
            javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y, screen.getX(), screen.getY(),
                    false, null));
        });
    }

    /** Puts the person named {@code name} in a picker if another is there (a setting-up step). */
    @SuppressWarnings("unchecked")
    private void choose(String picker, String name) throws Exception {
        AppDriver.onFx(() -> {
            var box = robot.lookup(picker).queryAs(javafx.scene.control.ComboBox.class);
            if (!(box.getValue() instanceof Person p && p.name().equals(name))) {
                box.getItems().stream().filter(i -> i instanceof Person p && p.name().equals(name)).findFirst()
                        .ifPresent(box::setValue);
            }
        });
        driver.settle();
    }

    /** Clicks the line of a list that shows {@code words}, as a person picks it. */
    private void clickLine(String list, String words) throws Exception {
        try {
            driver.settleWhen("a line with " + words + " in " + list, () -> robot.lookup(list + " .list-cell")
                    .queryAllAs(ListCell.class).stream().anyMatch(c -> !c.isEmpty() && cellText(c).contains(words)));
        } catch (AssertionError e) { // say what the list held, so the set-up can be put right
            var view = robot.lookup(list).queryAs(javafx.scene.control.ListView.class);
            throw new AssertionError(e.getMessage() + "; the list holds " + view.getItems() + ", shown: "
                    + view.isVisible() + ", " + view.getHeight() + " px high", e);
        }
        robot.clickOn(robot.lookup(list + " .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && cellText(c).contains(words))
                .findFirst().orElseThrow(() -> new AssertionError("no line with " + words + " in " + list)));
    }

    private static String cellText(ListCell<?> cell) {
        StringBuilder words = new StringBuilder(cell.getText() == null ? "" : cell.getText());
        for (javafx.scene.Node n : ScreenAudit.all(cell)) {
            if (n instanceof javafx.scene.control.Labeled l && l.getText() != null) {
                words.append('\n').append(l.getText());
            }
        }
        return words.toString();
    }

    private void clickFirst(String list) throws Exception {
        driver.settleWhen("a line in " + list, () -> robot.lookup(list + " .list-cell")
                .queryAllAs(ListCell.class).stream().anyMatch(c -> !c.isEmpty() && c.getIndex() == 0));
        robot.clickOn(robot.lookup(list + " .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getIndex() == 0).findFirst().orElseThrow());
    }
}
