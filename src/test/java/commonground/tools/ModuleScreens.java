package commonground.tools;

import commonground.app.AppDriver;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

/**
 * Saves screenshots of the modules with something in them into {@code assets/screenshots/}:
 * a scenario step, the plan at the end and the list of walk-throughs; a cue check-in; a note; a
 * drafted message; Home with recent activity; People; in the themes the README shows. Drives the
 * app as a person would. Not a test; run by hand like {@link PrivacyScreens}.
 */
public final class ModuleScreens {

    private ModuleScreens() {
    }

    public static void main(String[] args) throws Exception {
        Screenshots.run(args, ModuleScreens::tour);
    }

    private static void tour(FxRobot robot, AppDriver driver, Path out) throws Exception {
        robot.clickOn("#nav-people");
        driver.settle();
        robot.clickOn("#add-person");
        robot.clickOn("#person-name").write("Sam");
        robot.clickOn("#save-person");
        driver.settle();
        robot.clickOn("#nav-scenarios");
        driver.settle();
        robot.clickOn("#start-run");
        driver.settle();
        next(robot, driver);
        robot.clickOn("#answer-text").write("I asked about his day. He said \"fine\" and turned on the TV.");
        robot.clickOn("#theme-toggle");
        driver.settle();
        Screenshots.save(robot, out.resolve("scenarios-dark.png"));
        next(robot, driver);
        robot.clickOn("#option-0");
        next(robot, driver);
        next(robot, driver);
        robot.clickOn("#item-0");
        robot.clickOn("#item-1");
        next(robot, driver);
        next(robot, driver);
        robot.clickOn("#answer-text").write("I felt a bit flat today. It's nice being out here with you.");
        next(robot, driver);
        robot.clickOn("#answer-text").write("Ask him on Saturday if he'd like to walk to the market.");
        next(robot, driver);
        robot.clickOn("#answer-text").write("Call my sister on Sunday.");
        next(robot, driver);
        Screenshots.save(robot, out.resolve("scenarios-summary-dark.png"));
        robot.clickOn("#summary-done");
        driver.settle();
        robot.clickOn("#scenario-unhappy-means-wrong");
        robot.clickOn("#start-run");
        driver.settle();
        next(robot, driver);
        robot.clickOn("#leave-run");
        driver.settle();
        robot.clickOn("#theme-toggle");
        driver.settle();
        Screenshots.save(robot, out.resolve("scenarios-light.png"));

        robot.clickOn("#nav-cues");
        driver.settle();
        robot.clickOn("#check-in-context").write("Cooking dinner");
        robot.clickOn("#check-in-activity").write("cooking");
        tick(robot, "quiet", "going-quiet");
        tick(robot, "laugh", "relaxed-laugh");
        driver.settle();
        Screenshots.saveInBothThemes(robot, driver, out.resolve("cues-light.png"), out.resolve("cues-dark.png"));

        robot.clickOn("#nav-reflection");
        driver.settle();
        robot.clickOn("#new-note");
        robot.clickOn("#new-blank-note");
        driver.settle();
        robot.clickOn("#note-body").write("A quiet Sunday\nWe walked to the market. He pointed out the old bakery "
                + "and told me about his father. I didn't ask anything; I listened, and it was enough.");
        driver.settleWhen("the note to say it is saved",
                () -> robot.lookup("#save-status").queryAs(javafx.scene.control.Label.class).getText().startsWith("Saved at"));
        Screenshots.saveInBothThemes(robot, driver, out.resolve("reflection-dark.png"),
                out.resolve("reflection-light.png"));

        robot.clickOn("#nav-draft");
        driver.settle();
        robot.clickOn("#draft-text").write("You never listen to me and you always change the subject. I noticed "
                + "you went quiet at dinner. I'd love a walk together on Sunday, if you feel like it.");
        driver.settleWhen("the coach to mark the draft",
                () -> !robot.lookup("#draft-marked .flagged").queryAll().isEmpty());
        Screenshots.saveInBothThemes(robot, driver, out.resolve("draft-light.png"), out.resolve("draft-dark.png"));

        robot.clickOn("#nav-home");
        driver.settle();
        Screenshots.saveInBothThemes(robot, driver, out.resolve("home-dark.png"), out.resolve("home-light.png"));
        robot.clickOn("#nav-people");
        robot.clickOn("#theme-toggle");
        driver.settle();
        Screenshots.save(robot, out.resolve("people-dark.png"));
    }

    private static void tick(FxRobot robot, String search, String cueId) {
        robot.clickOn("#cue-search").write(search);
        robot.clickOn("#cue-" + cueId);
        robot.doubleClickOn("#cue-search").eraseText(search.length());
    }

    private static void next(FxRobot robot, AppDriver driver) throws Exception {
        robot.clickOn("#step-next");
        driver.settle();
    }
}
