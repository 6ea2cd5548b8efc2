package commonground.longgame;

import commonground.shell.DatabaseThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who knows what: a situation opened from the dad-ill walk-through, the people told (what they know,
 * who told them, when), those still to tell, what stays private; bad input is said and loses nothing.
 */
class WhoKnowsTest {

    @TempDir
    Path dir;
    private LongGameFixture f;
    private WhoKnowsRepository repository;
    private WhoKnowsViewModel model;

    @BeforeEach
    void open() throws Exception {
        f = new LongGameFixture(dir, "2026-12-01T10:00:00Z", ZoneOffset.UTC);
        repository = new WhoKnowsRepository(f.db);
        model = new WhoKnowsViewModel(repository, DatabaseThread.sameThread(), f.clock);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void openedFromTheWalkThroughItKeepsWhoKnowsWhatAndWhoStillNeedsToHearIt() {
        model.openFor("dad-ill", "Dad's illness");
        assertNull(model.situationProperty().get(), "nothing yet: a new one is offered");
        assertEquals("Dad's illness", model.newTitleProperty().get());
        model.create();
        NewsSituation s = model.situationProperty().get();
        assertEquals("dad-ill", s.scenarioId());
        assertEquals("Dad's illness", s.title());

        model.keepPrivateProperty().set("Nothing about the scans to his sister yet.");
        model.saveKeepPrivate();
        model.nameProperty().set("Aunt Ruth");
        model.knowsProperty().set("That he is in hospital for tests");
        model.toldByProperty().set("Mum");
        model.toldOnProperty().set(LocalDate.of(2026, 11, 28));
        model.addPerson();
        assertEquals("Kept. Aunt Ruth knows.", model.messageProperty().get());
        assertEquals(LocalDate.of(2026, 12, 1), model.toldOnProperty().get(), "the next one starts at today");
        model.nameProperty().set("Uncle Tom");
        model.stillToTellProperty().set(true);
        model.addPerson();
        assertEquals("Uncle Tom is on the list of people still to tell.", model.messageProperty().get());

        assertEquals(List.of("Aunt Ruth"), model.told().stream().map(ToldEntry::name).toList());
        assertEquals(List.of("Uncle Tom"), model.toTell().stream().map(ToldEntry::name).toList());
        model.markTold(model.toTell().get(0), "me");
        assertEquals(List.of("Aunt Ruth", "Uncle Tom"), model.told().stream().map(ToldEntry::name).toList());
        assertTrue(model.toTell().isEmpty());
        ToldEntry tom = repository.told(s.id()).get(1);
        assertEquals(List.of("Uncle Tom", "me", "2026-12-01"), List.of(tom.name(), tom.toldBy(), tom.toldOn().toString()));

        WhoKnowsViewModel again = new WhoKnowsViewModel(repository, DatabaseThread.sameThread(), f.clock);
        again.openFor("dad-ill", "Dad's illness");
        assertEquals(s.id(), again.situationProperty().get().id(), "the walk-through finds its situation again");
        assertEquals("Nothing about the scans to his sister yet.", again.keepPrivateProperty().get());
        assertEquals(2, again.told().size());
    }

    @Test
    void badInputIsSaidAndNothingTypedIsLost() {
        model.newTitleProperty().set("  ");
        model.create();
        assertTrue(model.messageProperty().get().startsWith("Please give the situation a short name"));
        model.nameProperty().set("Aunt Ruth");
        model.addPerson();
        assertEquals("Please start or choose a situation first.", model.messageProperty().get());
        model.newTitleProperty().set("Dad's illness");
        model.create();

        model.nameProperty().set("");
        model.knowsProperty().set("About the hospital");
        model.addPerson();
        assertEquals("Please give a name, so you know who this is.", model.messageProperty().get());
        model.nameProperty().set("Aunt Ruth");
        model.toldOnProperty().set(LocalDate.of(2026, 12, 5));
        model.addPerson();
        assertEquals("That day is still ahead. For someone who still needs to hear it, tick that instead.",
                model.messageProperty().get());
        model.toldOnProperty().set(null);
        model.addPerson();
        assertTrue(model.messageProperty().get().startsWith("Please pick the day they were told"));
        model.toldOnProperty().set(LocalDate.of(2026, 11, 30));
        model.knowsProperty().set("k".repeat(2001));
        model.addPerson();
        assertTrue(model.messageProperty().get().contains("longer than 2000"), model.messageProperty().get());
        assertEquals("Aunt Ruth", model.nameProperty().get(), "what was typed stays");
        assertEquals(0, repository.told(model.situationProperty().get().id()).size(), "nothing was kept");

        model.keepPrivateProperty().set("p".repeat(5001));
        model.saveKeepPrivate();
        assertTrue(model.messageProperty().get().contains("still here"), model.messageProperty().get());
        assertEquals("p".repeat(5001), model.keepPrivateProperty().get());
    }
}
