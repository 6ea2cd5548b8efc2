package commonground.longgame;

import commonground.app.WholeAppTest;
import commonground.cues.CheckIn;
import commonground.cues.CheckInDraft;
import commonground.cues.CheckInRepository;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Pronouns;
import commonground.people.Relationship;
import commonground.shell.ComeBackDates;
import commonground.storage.Database;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Sam · Partner" (he/him) and "sam · Partner" (she/her) are told apart in the long game's pickers
 * (Good moments, Going first, Looking back) as in Cues and Needs, and on the day to come back to.
 */
class LongGameNamesakesTest extends WholeAppTest {

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            PeopleRepository people = new PeopleRepository(db);
            Person he = people.add("Sam", Relationship.PARTNER, "", Pronouns.HE, null);
            people.add("sam", Relationship.PARTNER, "", Pronouns.SHE, null);
            CheckIn c = new CheckInRepository(db).add(new CheckInDraft(he.id(), Instant.now().minus(2, ChronoUnit.DAYS),
                    "Walking", null, List.of(), "A note", ""));
            new ComeBackRepository(db).set(ComeBackDates.CHECK_IN, c.uuid(), he.id(), LocalDate.now());
        }
    }

    /** What the open picker's entries say, as a person reads them. */
    private List<String> entries(String picker) throws Exception {
        robot.clickOn(picker);
        driver.settle();
        List<String> said = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getText() != null).map(ListCell::getText).toList();
        robot.type(KeyCode.ESCAPE);
        driver.settle();
        return said;
    }

    private void tab(String id) throws Exception {
        robot.clickOn(id);
        driver.settle();
    }

    private static void assertToldApart(String where, List<String> said) {
        assertEquals(List.of("Sam · Partner · he/him", "sam · Partner · she/her"),
                said.stream().filter(s -> s.toLowerCase(Locale.ROOT).startsWith("sam")).toList(), where + ": " + said);
    }

    @Test
    void twoSamsReadDifferentlyInEveryLongGamePickerAndOnTheDayToComeBack() throws Exception {
        assertEquals(List.of("A check-in with Sam, your partner, he/him"),
                robot.lookup("#due-coming-up .hyperlink").queryAllAs(javafx.scene.control.Hyperlink.class).stream()
                        .map(javafx.scene.control.Hyperlink::getText).toList(), "Home tells them apart too");
        robot.clickOn("#nav-longgame");
        driver.settle();
        tab("#tab-good-moments");
        assertToldApart("good moments", entries("#moment-person"));
        tab("#tab-ladder");
        assertToldApart("going first", entries("#ladder-person"));
        tab("#tab-look-back");
        assertToldApart("looking back", entries("#look-back-person"));
        tab("#tab-come-back");
        assertTrue(robot.lookup("#come-back-list .list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(c -> c.getText() != null && c.getText().endsWith("A check-in with Sam, your partner, he/him")),
                "the day to come back says which Sam");
    }
}
