package commonground.app;

import commonground.people.PeopleRepository;
import commonground.people.Pronouns;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Sam · Partner" and "sam · Partner" (he/him and she/her) are told apart in every picker of a
 * person a new user met (Cues, Scenarios, Needs) and in the People list.
 */
class PickerNamesakesTest extends WholeAppTest {

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            PeopleRepository people = new PeopleRepository(db);
            var he = people.add("Sam", Relationship.PARTNER, "", Pronouns.HE, null);
            var she = people.add("sam", Relationship.PARTNER, "", Pronouns.SHE, null);
            commonground.reflection.NeedsRepository needs = new commonground.reflection.NeedsRepository(db);
            needs.addSource("closeness", commonground.reflection.SourceKind.PERSON, he.id(), he.name());
            needs.addSource("closeness", commonground.reflection.SourceKind.PERSON, she.id(), she.name());
        }
    }

    /** What the open picker's entries say, as a person reads them. */
    private List<String> entries(String picker) throws Exception {
        robot.clickOn(picker);
        driver.settle();
        List<String> said = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getText() != null).map(ListCell::getText).toList();
        robot.type(KeyCode.ESCAPE);
        return said;
    }

    private static void assertToldApart(List<String> said) {
        List<String> sams = said.stream().filter(s -> s.toLowerCase(Locale.ROOT).startsWith("sam")).toList();
        assertEquals(2, sams.size(), "both Sams are offered: " + said);
        assertEquals(2, sams.stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().count(),
                "they read differently, ignoring case: " + said);
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoSamsReadDifferentlyInEveryPicker() throws Exception {
        robot.clickOn("#nav-cues");
        driver.settle();
        List<String> cues = entries("#cues-person");
        assertToldApart(cues);
        assertTrue(cues.contains("Sam · Partner · he/him"), "cues: " + cues);
        assertTrue(cues.contains("sam · Partner · she/her"), "cues: " + cues);

        robot.clickOn("#nav-scenarios");
        driver.settle();
        assertToldApart(entries("#start-person"));

        robot.clickOn("#nav-reflection");
        driver.settle();
        robot.clickOn("Needs");
        driver.settle();
        Node sourceKind = robot.lookup("#source-kind").query();
        AppDriver.onFx(() -> ((ComboBox<?>) sourceKind).getSelectionModel().select(0));
        driver.settle();
        assertToldApart(entries("#source-person"));
        // Where closeness is met: each Sam's row (and its remove button) says which Sam.
        ComboBox<commonground.reflection.Need> focus = robot.lookup("#focus-need").queryAs(ComboBox.class);
        AppDriver.onFx(() -> focus.setValue(focus.getItems().stream().filter(n -> n.id().equals("closeness"))
                .findFirst().orElseThrow()));
        driver.settleWhen("both sources shown", () -> robot.lookup("#need-sources .label").queryAllAs(Label.class)
                .stream().filter(l -> l.getText().startsWith("Person:")).count() == 2);
        assertToldApart(robot.lookup("#need-sources .label").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t.startsWith("Person:")).map(t -> t.substring("Person: ".length()))
                .toList());

        robot.clickOn("#nav-people");
        driver.settle();
        List<String> rows = robot.lookup("#people-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty()).map(c -> ((Label) c.getGraphic().lookupAll(".label").stream()
                        .filter(n -> n.getStyleClass().contains("cell-title")).findFirst().orElseThrow()).getText()
                        + " · " + ((Label) c.getGraphic().lookupAll(".label").stream()
                        .filter(n -> n.getStyleClass().contains("cell-detail")).findFirst().orElseThrow()).getText())
                .toList();
        assertToldApart(rows);
        // The form's heading says which Sam is being changed.
        List<String> headings = new java.util.ArrayList<>();
        for (ListCell<?> cell : robot.lookup("#people-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty()).toList()) {
            robot.clickOn(cell);
            driver.settle();
            headings.add(robot.lookup("#person-form-title").queryAs(Label.class).getText());
        }
        assertToldApart(headings);

        // A third, "Sam · Partner · he/him" like the first, added after Cues showed the first: the
        // closed box (its button cell) says which Sam, as the open list does.
        robot.clickOn("#add-person");
        robot.clickOn("#person-name").write("Sam");
        Node pronouns = robot.lookup("#person-pronouns").query();
        AppDriver.onFx(() -> ((ComboBox<Pronouns>) pronouns).setValue(Pronouns.HE));
        robot.clickOn("#save-person");
        driver.settle();
        robot.clickOn("Keep both");
        driver.settle();
        assertEquals(3, ((Number) driver.value("SELECT count(*) FROM person")).intValue(), "both Sams kept");

        robot.clickOn("#nav-cues");
        driver.settle();
        ComboBox<Object> picker = robot.lookup("#cues-person").queryAs(ComboBox.class);
        String[] closed = new String[1];
        AppDriver.onFx(() -> closed[0] = picker.getButtonCell().getText());
        List<String> open = entries("#cues-person");
        assertEquals(1, open.stream().filter(e -> e.equals(closed[0])).count(),
                "the closed box reads as one entry of the open list: " + closed[0] + " in " + open);
    }
}
