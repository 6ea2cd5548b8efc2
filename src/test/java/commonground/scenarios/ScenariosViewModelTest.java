package commonground.scenarios;

import commonground.people.Person;
import commonground.shell.FakeDialogs;
import commonground.people.Relationship;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scenarios on offer, past walk-throughs and their filters, deleting, and importing a pack. */
class ScenariosViewModelTest {

    @TempDir
    Path dir;
    ScenariosFixture scenarios;
    ScenariosViewModel model;

    @BeforeEach
    void open() throws Exception {
        scenarios = new ScenariosFixture(dir);
        model = scenarios.model;
    }

    @AfterEach
    void close() {
        scenarios.close();
    }

    private static Path fixture(String name) throws Exception {
        return ScenarioValidatorTest.fixture(name);
    }

    @Test
    void theBuiltInScenariosAreOfferedWithTheFirstChosen() {
        assertEquals(7, model.offers().size());
        assertEquals("wont-talk-feelings", model.selectedProperty().get().scenario().id());
        assertEquals(ScenariosViewModel.Page.LIST, model.pageProperty().get());
        assertTrue(model.runs().isEmpty());
        assertEquals(java.util.Collections.singletonList(ScenariosViewModel.NO_ONE), model.personChoices(),
                "with no one added, only 'no one in particular'");
    }

    @Test
    void twoPeopleWithOneNameAreToldApartInTheFilterAndTheRows() {
        scenarios.people.add("Sam", Relationship.PARTNER, "");
        Person friend = scenarios.people.add("Sam", Relationship.FRIEND, "");
        model.reload();
        assertEquals(List.of("All walk-throughs", "This scenario", "About Sam, your partner", "About Sam, your friend"),
                model.runFilters().stream().map(RunFilter::label).toList());
        model.startForProperty().set(new AboutChoice(friend));
        model.start();
        assertTrue(model.runModel().headingProperty().get().endsWith("\u00a0about Sam, your friend"),
                "the walk-through's heading says which Sam: " + model.runModel().headingProperty().get());
        model.showList();
        assertEquals("Sam, your friend", model.aboutName(model.runs().get(0)));
        model.delete(model.runs().get(0));
        assertTrue(scenarios.dialogs.lastAsked().message().contains("\u201d about Sam, your friend, and all the answers")
                || scenarios.dialogs.lastAsked().message().contains("\" about Sam, your friend, and all the answers"),
                scenarios.dialogs.lastAsked().message());
    }

    @Test
    void aWalkThroughAboutSomeoneCanBeFoundUnderTheirName() {
        Person dad = scenarios.people.add("Dad", Relationship.PARENT, "");
        model.reload();
        assertEquals(List.of(RunFilter.ALL, RunFilter.THIS_SCENARIO, RunFilter.about(dad.id(), "Dad")),
                model.runFilters());
        model.startForProperty().set(new AboutChoice(dad));
        model.start();
        model.showList();
        assertEquals(dad.id(), model.startForProperty().get().personId(), "the person chosen stays chosen");
        model.startForProperty().set(ScenariosViewModel.NO_ONE);
        model.selectedProperty().set(model.offers().get(1));
        model.start();
        model.showList();
        assertEquals(2, model.runs().size());

        model.runFilterProperty().set(RunFilter.about(dad.id(), "Dad"));
        assertEquals(1, model.runs().size());
        assertEquals("Dad", model.runs().get(0).personName());
        model.runFilterProperty().set(RunFilter.THIS_SCENARIO);
        assertEquals(List.of(model.offers().get(1).scenario().id()),
                model.runs().stream().map(ScenarioRun::scenarioId).toList());
    }

    @Test
    void deletingAWalkThroughAsksFirst() {
        model.start();
        model.showList();
        ScenarioRun run = model.runs().get(0);

        scenarios.dialogs.confirmNext(false);
        model.delete(run);
        assertEquals("Delete this walk-through?", scenarios.dialogs.lastAsked().title());
        assertEquals("\"" + run.scenarioTitle() + "\" and all the answers in it will be deleted for good.",
                scenarios.dialogs.lastAsked().message());
        assertEquals(1, scenarios.repository.runs().size());

        scenarios.dialogs.confirmNext(true);
        model.delete(run);
        assertEquals("The walk-through was deleted.", model.messageProperty().get());
        assertTrue(model.runs().isEmpty());
        assertTrue(scenarios.repository.runs().isEmpty());
    }

    @Test
    void aGoodPackIsImportedAndOffered() throws Exception {
        model.importFile(fixture("valid/good-pack.yaml"));
        assertTrue(model.messageProperty().get().startsWith("Imported"), model.messageProperty().get());
        assertEquals(8, model.offers().size());
        assertTrue(model.offers().stream().anyMatch(o -> o.scenario().id().equals("weekend-plans")));
    }

    @Test
    void aBrokenPackIsExplainedAndNothingIsImported() throws Exception {
        model.importFile(fixture("invalid/missing-branch.yaml"));
        String message = model.messageProperty().get();
        assertTrue(message.startsWith("Nothing was imported. Please fix these and try again:"), message);
        assertTrue(message.contains("step 'start', field 'options[1].next'"), message);
        assertEquals(7, model.offers().size());
    }

    @Test
    void aFileThatIsNotYamlIsExplainedInPlainWordsWithItsLine() throws Exception {
        model.importFile(fixture("invalid/not-yaml.yaml"));
        String message = model.messageProperty().get();
        assertTrue(message.contains("not-yaml.yaml: line 2: this is not valid YAML: a quotation mark opened here is "
                + "never closed"), message);
        for (String raw : List.of("reader", "scalar", "stream", "^", "column")) {
            assertTrue(!message.contains(raw), "no parser words (" + raw + "): " + message);
        }
        assertEquals(7, model.offers().size(), "nothing was imported");
    }

    @Test
    void startingWithNothingChosenDoesNothing() {
        model.selectedProperty().set(null);
        model.start();
        assertEquals(ScenariosViewModel.Page.LIST, model.pageProperty().get());
        assertNull(model.runModel().runProperty().get());
    }

    @Test
    void startingAgainAboutTheSamePersonAsksWhetherToContinueTheUnfinishedOne() {
        Person dad = scenarios.people.add("Dad", Relationship.PARENT, "");
        model.reload();
        model.startForProperty().set(new AboutChoice(dad));
        model.start();
        model.showList();
        ScenarioRun first = scenarios.repository.runs().get(0);

        scenarios.dialogs.cancelNext();
        model.start();
        FakeDialogs.Asked asked = scenarios.dialogs.lastAsked();
        assertEquals("Continue where you left off?", asked.title());
        assertTrue(asked.message().contains("about Dad"), asked.message());
        assertEquals(List.of("Continue it", "Start a new one"), asked.choices());
        assertEquals(ScenariosViewModel.Page.LIST, model.pageProperty().get(), "Cancel starts nothing");
        assertEquals(1, scenarios.repository.runs().size());

        scenarios.dialogs.chooseNext(0);
        model.start();
        assertEquals(ScenariosViewModel.Page.RUN, model.pageProperty().get());
        assertEquals(first.id(), model.runModel().runProperty().get().id(), "the unfinished one is continued");
        assertEquals(1, scenarios.repository.runs().size());
        model.showList();

        scenarios.dialogs.chooseNext(1);
        model.start();
        assertEquals(2, scenarios.repository.runs().size(), "a new one is begun");
        assertEquals(dad.id(), model.runModel().runProperty().get().personId());
        model.showList();

        int askedBefore = scenarios.dialogs.asked().size();
        model.startForProperty().set(ScenariosViewModel.NO_ONE);
        model.start();
        assertEquals(askedBefore, scenarios.dialogs.asked().size(), "about no one: nothing unfinished, no question");
        assertEquals(3, scenarios.repository.runs().size());
    }
}
