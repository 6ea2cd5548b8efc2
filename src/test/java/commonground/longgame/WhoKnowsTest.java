package commonground.longgame;

import commonground.shell.DatabaseThread;
import commonground.shell.FakeDialogs;
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
    private final FakeDialogs dialogs = new FakeDialogs();

    @BeforeEach
    void open() throws Exception {
        f = new LongGameFixture(dir, "2026-12-01T10:00:00Z", ZoneOffset.UTC);
        repository = new WhoKnowsRepository(f.db);
        model = new WhoKnowsViewModel(repository, DatabaseThread.sameThread(), f.clock, dialogs);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aSituationStartedFromNoWalkThroughStillKnowsWhoItIsAbout() {
        // The person was read back as nobody whenever the situation had no walk-through.
        long dad = f.person("Dad").id();
        repository.create("Dad's illness", null, dad);
        repository.create("Moving house", "dad-ill", null);
        var read = repository.situations();
        assertEquals(dad, read.get(0).personId());
        assertNull(read.get(1).personId());
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

        WhoKnowsViewModel again = new WhoKnowsViewModel(repository, DatabaseThread.sameThread(), f.clock, dialogs);
        again.openFor("dad-ill", "Dad's illness");
        assertEquals(s.id(), again.situationProperty().get().id(), "the walk-through finds its situation again");
        assertEquals("Nothing about the scans to his sister yet.", again.keepPrivateProperty().get());
        assertEquals(2, again.told().size());
    }

    @Test
    void badInputIsSaidAndNothingTypedIsLost() {
        model.newTitleProperty().set("  ");
        model.create();
        assertTrue(model.situationMessageProperty().get().startsWith("Please give the situation a short name"));
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
        assertTrue(model.privateMessageProperty().get().contains("still here"), model.privateMessageProperty().get());
        assertEquals("p".repeat(5001), model.keepPrivateProperty().get());
    }

    private NewsSituation startWithRuthAndTom() {
        model.newTitleProperty().set("Dad's illness");
        model.create();
        model.nameProperty().set("Aunt Ruth");
        model.knowsProperty().set("That he is in hospital");
        model.toldOnProperty().set(LocalDate.of(2026, 11, 28));
        model.addPerson();
        model.nameProperty().set("Uncle Tom");
        model.stillToTellProperty().set(true);
        model.addPerson();
        return model.situationProperty().get();
    }

    @Test
    void anEntryCanBeChangedWithTheSameChecksAsAdding() {
        NewsSituation s = startWithRuthAndTom();
        ToldEntry ruth = model.told().get(0);
        model.edit(ruth);
        assertEquals("Aunt Ruth", model.nameProperty().get(), "the form holds the entry");
        assertEquals(LocalDate.of(2026, 11, 28), model.toldOnProperty().get());

        model.nameProperty().set(" ");
        model.addPerson();
        assertEquals("Please give a name, so you know who this is.", model.messageProperty().get());
        model.nameProperty().set("Aunt Ruth");
        model.toldOnProperty().set(LocalDate.of(2026, 12, 5));
        model.addPerson();
        assertEquals("That day is still ahead. For someone who still needs to hear it, tick that instead.",
                model.messageProperty().get());

        model.knowsProperty().set("That he is in hospital, and that it is serious");
        model.toldByProperty().set("Mum");
        model.toldOnProperty().set(LocalDate.of(2026, 11, 29));
        model.addPerson();
        assertEquals("Your changes about Aunt Ruth are kept.", model.messageProperty().get());
        assertNull(model.editingProperty().get(), "the form is ready for someone new");
        List<ToldEntry> kept = repository.told(s.id());
        assertEquals(2, kept.size(), "changed, not added");
        assertEquals(new ToldEntry(ruth.id(), ruth.uuid(), s.id(), "Aunt Ruth",
                "That he is in hospital, and that it is serious", "Mum", LocalDate.of(2026, 11, 29)), kept.get(0));

        model.edit(model.toTell().get(0));
        assertTrue(model.stillToTellProperty().get(), "someone still to tell stays so unless changed");
        model.cancelEditing();
        assertEquals("", model.nameProperty().get());
        assertEquals(1, model.toTell().size());
    }

    @Test
    void takingSomeoneOffTheListAsksOnceAndUndoPutsThemBack() {
        NewsSituation s = startWithRuthAndTom();
        ToldEntry tom = model.toTell().get(0);
        model.delete(tom); // answered "Cancel"
        assertEquals("Take Uncle Tom off the list?", dialogs.lastAsked().title());
        assertEquals(2, repository.told(s.id()).size());

        dialogs.confirmNext(true);
        model.delete(tom);
        assertEquals(2, dialogs.asked().size(), "one question each time");
        assertEquals(List.of("Aunt Ruth"), repository.told(s.id()).stream().map(ToldEntry::name).toList());
        assertTrue(model.toTell().isEmpty());
        assertEquals("Uncle Tom is off the list.", model.messageProperty().get());

        model.undoDelete();
        assertEquals(List.of("Uncle Tom"), model.toTell().stream().map(ToldEntry::name).toList());
        assertEquals("Uncle Tom is back on the list.", model.messageProperty().get());
        assertNull(model.deletedProperty().get());
    }

    private void add(String name, boolean stillToTell) {
        model.nameProperty().set(name);
        model.stillToTellProperty().set(stillToTell);
        model.addPerson();
    }

    @Test
    void addingSomeoneTheyAskedNotToTellQuotesTheRequestCalmlyAndStillAddsThem() {
        model.newTitleProperty().set("Dad's scan results");
        model.create();
        model.keepPrivateProperty().set("He is tired of questions. Not to tell Auntie Pat until he knows more.");
        model.saveKeepPrivate();

        add("Auntie Pat", true);
        assertEquals(List.of("Auntie Pat"), model.toTell().stream().map(ToldEntry::name).toList(), "not blocked");
        assertEquals("A reminder of what they asked to keep private: \u201cNot to tell Auntie Pat until he knows "
                + "more.\u201d Auntie Pat is on the list; when, or whether, to tell is yours to decide.",
                model.privateNoteProperty().get());
        add("Uncle Tom", true);
        assertEquals("", model.privateNoteProperty().get(), "nothing asked about him");
        add("Pat", true); // her name alone is hers too
        assertTrue(model.privateNoteProperty().get().contains("\u201cNot to tell Auntie Pat"), model.privateNoteProperty().get());
    }

    @Test
    void theRequestIsReadForTheNameNotForTheRelation() {
        String asked = "Nothing about the scans to his sister yet.\nNot to tell Auntie Pat until he knows more.";
        assertEquals("Not to tell Auntie Pat until he knows more.", PrivateRequest.sentenceNaming(asked, "auntie pat"));
        assertEquals("Not to tell Auntie Pat until he knows more.", PrivateRequest.sentenceNaming(asked, "Aunt Pat"));
        assertNull(PrivateRequest.sentenceNaming(asked, "Auntie Ruth"), "\u201cAuntie\u201d alone names nobody");
        assertNull(PrivateRequest.sentenceNaming(asked, "Patrick"));
        assertNull(PrivateRequest.sentenceNaming("", "Pat"));
    }

    @Test
    void theSameNameTwiceIsSaidAndNotAddedSilently() {
        model.newTitleProperty().set("Dad's scan results");
        model.create();
        model.knowsProperty().set("Scan is Thursday");
        add("Alex", false);
        model.knowsProperty().set("Scan is Thursday");
        add(" alex ", false);
        assertEquals(1, model.told().size(), "no second line for the same person");
        assertTrue(model.messageProperty().get().startsWith("Alex is already on the list, told "), model.messageProperty().get());
        assertEquals(" alex ", model.nameProperty().get(), "what was typed stays");
        assertEquals("Scan is Thursday", model.knowsProperty().get());

        add("Auntie Pat", true);
        add("Auntie Pat", false);
        assertTrue(model.messageProperty().get().startsWith("Auntie Pat is already on the list of people still to tell."),
                model.messageProperty().get());
        assertEquals(1, model.toTell().size());
        assertEquals(1, model.told().size());

        model.edit(model.told().get(0)); // keeping an entry's own name is no duplicate
        model.knowsProperty().set("Scan is Thursday, results in two weeks");
        model.addPerson();
        assertEquals("Your changes about Alex are kept.", model.messageProperty().get());
    }

    @Test
    void editingAnEntryKeepsTheNameBeingWritten() {
        model.newTitleProperty().set("Dad's scan results");
        model.create();
        add("Alex", false);
        model.nameProperty().set("Cousin Jo");
        model.knowsProperty().set("Only that he is tired");
        model.edit(model.told().get(0));
        assertEquals("Alex", model.nameProperty().get());
        assertTrue(model.messageProperty().get().contains("comes back after"), model.messageProperty().get());
        model.cancelEditing();
        assertEquals("Cousin Jo", model.nameProperty().get());
        assertEquals("Only that he is tired", model.knowsProperty().get());
    }
}
