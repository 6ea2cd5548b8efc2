package commonground.tools;

import commonground.app.AppDriver;
import commonground.cues.CheckIn;
import commonground.cues.CheckInCue;
import commonground.cues.CheckInDraft;
import commonground.cues.CheckInRepository;
import commonground.cues.CueCategory;
import commonground.longgame.ComeBackRepository;
import commonground.longgame.GoodMomentRepository;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.reflection.NeedsRepository;
import commonground.shell.ComeBackDates;
import commonground.storage.Database;
import commonground.storage.TestClock;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Saves screenshots of the long game, each in both themes: Home with things to come back to, a
 * good moment with Dad beside his check-ins, the look-back, going first (the ladder) and who knows what. Not a test; run by hand like
 * {@link CareScreens}, headless with the Monocle properties the tests use:
 * <pre>
 * java -Dtestfx.robot=glass -Dtestfx.headless=true -Dprism.order=sw -Dprism.text=t2k -Djava.awt.headless=true \
 *      -Dglass.platform=Monocle -Dmonocle.platform=Headless \
 *      -cp target/test-classes:target/classes:$(cat target/cp.txt) commonground.tools.LongGameScreens assets/screenshots
 * </pre>
 */
public final class LongGameScreens {

    private LongGameScreens() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.UK);
        Path out = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("long-game-screens");
        seed(data.resolve(Database.FILE_NAME));
        AppDriver driver = new AppDriver(data).start();
        FxRobot robot = new FxRobot();
        try {
            AppDriver.onFx(() -> robot.lookup("#status-dismiss").tryQueryAs(Button.class).ifPresent(Button::fire));
            driver.settle();
            bothThemes(robot, driver, out, "home-coming-up");
            robot.clickOn("#entry-longgame");
            driver.settle();
            robot.clickOn("#moment-what").write("He pointed out a heron by the canal and we stood and watched it.");
            robot.clickOn("#moment-activity").write("walking");
            robot.clickOn("#moment-made-easy").write("Side by side, no questions");
            bothThemes(robot, driver, out, "good-moment");
            selectTab(robot, driver, "tab-look-back");
            bothThemes(robot, driver, out, "look-back");
            selectTab(robot, driver, "tab-ladder");
            robot.clickOn("#ladder-what").write("The lake we went to when I was eight");
            bothThemes(robot, driver, out, "ladder");
            selectTab(robot, driver, "tab-who-knows");
            bothThemes(robot, driver, out, "who-knows");
        } finally {
            driver.stop();
        }
        System.exit(0);
    }

    /** Dad, five months of check-ins and good moments, the user's needs, and days to come back to. */
    static void seed(Path file) throws Exception {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.now(zone);
        TestClock clock = new TestClock(today.minusMonths(5).atTime(18, 0).atZone(zone).toInstant(), zone);
        try (Database db = Database.open(file, clock)) {
            Person dad = new PeopleRepository(db).add("Dad", Relationship.PARENT, "");
            CheckInRepository checkIns = new CheckInRepository(db);
            GoodMomentRepository moments = new GoodMomentRepository(db);
            NeedsRepository needs = new NeedsRepository(db);
            Random random = new Random(3);
            String[] activities = {"walking", "cooking", "driving", "walking"};
            List<CheckIn> saved = new ArrayList<>();
            for (int week = 0; week < 21; week++) {
                clock.set(today.minusWeeks(21 - week).atTime(18, 0).atZone(zone).toInstant());
                int comfort = random.nextInt(2 + week / 6);
                List<CheckInCue> cues = new ArrayList<>();
                for (int i = 0; i < comfort; i++) {
                    cues.add(new CheckInCue("comfort-" + i, CueCategory.COMFORT, "Leaned in", null));
                }
                cues.add(new CheckInCue("quiet", CueCategory.VOICE, "Went quiet", null));
                saved.add(checkIns.add(new CheckInDraft(dad.id(), clock.instant().minus(Duration.ofHours(2)),
                        "After dinner", activities[week % 4], cues, "", "")));
                if (week % 2 == 1) {
                    moments.add(dad.id(), LocalDate.ofInstant(clock.instant(), zone), "A quiet good moment",
                            week > 14 ? "walking" : activities[week % 4], "");
                }
                if (week % 3 == 0) {
                    needs.addCheckIn(Map.of("closeness", 1 + week / 7, "rest", 2), "");
                }
            }
            clock.set(Instant.now());
            ComeBackRepository comeBack = new ComeBackRepository(db);
            comeBack.set(ComeBackDates.CHECK_IN, saved.get(20).uuid(), dad.id(), today);
            comeBack.set(ComeBackDates.CHECK_IN, saved.get(19).uuid(), dad.id(), today.plusDays(4));
            comeBack.set(ComeBackDates.CHECK_IN, saved.get(17).uuid(), dad.id(), today.minus(3, ChronoUnit.DAYS));
            // Going first: five months of small steps, and who knows what about Dad's illness.
            commonground.longgame.DisclosureRepository steps = new commonground.longgame.DisclosureRepository(db);
            String[] shared = {"Something I enjoyed today: the blackbird", "A song on the radio that made me laugh",
                "The new bakery's bread", "A place I liked going as a child", "I am looking forward to Friday"};
            commonground.longgame.Landing[] landed = {commonground.longgame.Landing.NEUTRAL,
                commonground.longgame.Landing.WARMLY, commonground.longgame.Landing.CLOSED_UP,
                commonground.longgame.Landing.WARMLY, commonground.longgame.Landing.WARMLY};
            int[] rungs = {1, 1, 2, 2, 2};
            for (int i = 0; i < shared.length; i++) {
                steps.take(dad.id(), today.minusWeeks(18 - 4L * i), rungs[i], shared[i], landed[i],
                        i == 4 ? "He asked what was on" : "");
            }
            steps.addOwn(dad.id(), 3, "That I have been sleeping badly");
            commonground.longgame.WhoKnowsRepository whoKnows = new commonground.longgame.WhoKnowsRepository(db);
            commonground.longgame.NewsSituation news = whoKnows.create("Dad's illness", "dad-ill", dad.id());
            whoKnows.saveKeepPrivate(news.id(), "Nothing about the scans to his sister yet. He wants to tell his "
                    + "friends at the club himself.");
            whoKnows.addTold(news.id(), "My sister", "Everything the doctor said on Monday", "me", today.minusDays(9));
            whoKnows.addTold(news.id(), "Aunt Ruth", "He is in hospital for tests", "Mum", today.minusDays(6));
            whoKnows.addTold(news.id(), "My manager", "That I may need time off, nothing more", "me", today.minusDays(2));
            whoKnows.addTold(news.id(), "Uncle Tom", "", "", null);
            whoKnows.addTold(news.id(), "The neighbours", "", "", null);
        }
    }

    private static void selectTab(FxRobot robot, AppDriver driver, String id) throws Exception {
        AppDriver.onFx(() -> {
            TabPane tabs = robot.lookup(".long-game-page .tab-pane").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId()))
                    .findFirst().orElseThrow());
        });
        driver.settle();
    }

    private static void bothThemes(FxRobot robot, AppDriver driver, Path out, String name) throws Exception {
        for (int i = 0; i < 2; i++) {
            Button toggle = robot.lookup("#theme-toggle").queryAs(Button.class);
            boolean dark = toggle.getText().startsWith("Light");
            driver.settle();
            Screenshots.save(robot, out.resolve(name + (dark ? "-dark" : "-light") + ".png"));
            if (i == 0) {
                AppDriver.onFx(toggle::fire);
                driver.settle();
            }
        }
    }
}
