package commonground.scenarios;

import commonground.people.Person;
import commonground.people.Relationship;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Showing Scenarios again with nothing changed leaves its lists as they are (the cards are not
 * built again on every visit, which cost memory: decision 0012), and what did change still shows.
 */
class ScenariosShownAgainTest {

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

    private static AtomicInteger changesOf(javafx.collections.ObservableList<?> list) {
        AtomicInteger changes = new AtomicInteger();
        list.addListener((ListChangeListener<Object>) c -> changes.incrementAndGet());
        return changes;
    }

    @Test
    void anUnchangedReloadKeepsTheListsAndTheChosenScenario() {
        model.selectedProperty().set(model.offers().get(2));
        AtomicInteger offers = changesOf(model.offers());
        AtomicInteger choices = changesOf(model.personChoices());
        AtomicInteger filters = changesOf(model.runFilters());

        model.reload();
        model.reload();

        assertEquals(0, offers.get(), "the same scenarios: the cards stay");
        assertEquals(0, choices.get());
        assertEquals(0, filters.get());
        assertSame(model.offers().get(2), model.selectedProperty().get(),
                "the chosen scenario is still the one in the list, so its card stays marked");
    }

    @Test
    void someoneAddedMeanwhileShowsOnTheNextReloadAndTheChoiceStays() {
        Person dad = scenarios.people.add("Dad", Relationship.PARENT, "");
        model.reload();
        model.startForProperty().set(new AboutChoice(dad));
        AtomicInteger choices = changesOf(model.personChoices());

        Person sam = scenarios.people.add("Sam", Relationship.PARTNER, "");
        model.reload();

        assertEquals(1, choices.get());
        assertTrue(model.personChoices().contains(new AboutChoice(sam)));
        assertEquals(dad.id(), model.startForProperty().get().personId(), "the person chosen stays chosen");
        assertTrue(model.personChoices().stream().anyMatch(c -> c == model.startForProperty().get()));
        assertEquals(RunFilter.about(sam.id(), "Sam"), model.runFilters().get(model.runFilters().size() - 1));
    }
}
