package commonground.people;

import commonground.shell.DatabaseThread;
import commonground.shell.FakeDialogs;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The People screen's rules, without the screen: a real database, work done at once. */
class PeopleViewModelTest {

    @TempDir
    Path dir;
    Database db;
    PeopleRepository repository;
    FakeDialogs dialogs = new FakeDialogs();
    PeopleViewModel model;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        repository = new PeopleRepository(db);
        model = new PeopleViewModel(repository, DatabaseThread.sameThread(), dialogs);
        model.reload(null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void add(String name, Relationship relationship, String note) {
        model.startNew();
        model.nameProperty().set(name);
        model.relationshipProperty().set(relationship);
        model.noteProperty().set(note);
        model.save();
    }

    private List<String> shown() {
        return model.people().stream().map(Person::name).toList();
    }

    @Test
    void aStatusLineGoesOnceTheFormIsChangedAgain() {
        model.startNew();
        model.nameProperty().set("x".repeat(Person.MAX_NAME + 1));
        model.save();
        assertTrue(model.messageProperty().get().startsWith("That name is longer than"));
        model.nameProperty().set("Sam");
        assertEquals("", model.messageProperty().get(), "no stale message beside a name that now fits");
        model.save();
        assertEquals("Sam was added.", model.messageProperty().get());
        model.startNew();
        model.nameProperty().set("D");
        assertEquals("", model.messageProperty().get());
        assertEquals(java.util.List.of("Sam"), shown());
    }

    @Test
    void aSecondPersonWithTheSameNameIsAskedAboutAndTheirRelationshipTellsThemApart() {
        add("Sam", Relationship.PARTNER, "");
        dialogs.confirmNext(false);
        add(" sam ", Relationship.FRIEND, "");
        assertEquals("Someone with this name is already here", dialogs.lastAsked().title());
        assertTrue(dialogs.lastAsked().message().startsWith("Sam · Partner is already in your list."));
        assertEquals(1, repository.active().size(), "nothing was added after 'no'");
        assertTrue(model.messageProperty().get().startsWith("Nothing was saved."));
        dialogs.confirmNext(true);
        add("Sam", Relationship.FRIEND, "From climbing");
        assertEquals(2, repository.active().size());
        assertEquals(List.of("Sam · Friend", "Sam · Partner"),
                repository.active().stream().map(Person::pickerLabel).sorted().toList());
        assertTrue(dialogs.lastAsked().message().contains("shows the relationship beside the name"));

        // A third Sam, a partner like the first: the relationship cannot tell them apart, and the question says so.
        dialogs.confirmNext(true);
        add("Sam", Relationship.PARTNER, "");
        assertTrue(dialogs.lastAsked().message().contains("by a number or the day each was added"),
                dialogs.lastAsked().message());
        assertFalse(dialogs.lastAsked().message().contains("shows the relationship beside the name"));
    }

    @Test
    void aBlankNameIsExplainedAndNothingIsSaved() {
        model.startNew();
        assertFalse(model.canSave().get(), "Save is off while the name is empty");
        model.nameProperty().set("   ");
        assertFalse(model.canSave().get(), "a name of spaces is no name");
        model.noteProperty().set("n");
        model.save();
        assertEquals("Please give a name, even a nickname or an initial.", model.messageProperty().get());
        assertTrue(repository.active().isEmpty());
    }

    @Test
    void tooLongANameOrNoteIsExplainedAndNothingIsSaved() {
        add("x".repeat(Person.MAX_NAME + 1), Relationship.FRIEND, "");
        assertEquals("That name is longer than 200 characters; a shorter one will do.", model.messageProperty().get());
        add("Theo", Relationship.FRIEND, "n".repeat(Person.MAX_NOTE + 1));
        assertEquals("The note is longer than 20000 characters. A reflection might be a better home for it.",
                model.messageProperty().get());
        assertTrue(repository.active().isEmpty());
    }

    @Test
    void addingSomeoneSavesThemShowsThemInTheListAndSelectsThem() {
        add("  Mum ", Relationship.PARENT, "Loves the garden");
        add("Jonas", Relationship.PARTNER, "");
        assertEquals("Jonas was added.", model.messageProperty().get());
        assertEquals(List.of("Jonas", "Mum"), shown(), "sorted by name, spaces trimmed");
        assertEquals("Jonas", model.selectedProperty().get().name());
        Person mum = repository.active().stream().filter(p -> p.name().equals("Mum")).findFirst().orElseThrow();
        assertEquals(Relationship.PARENT, mum.relationship());
        assertEquals("Loves the garden", mum.note());
    }

    @Test
    void selectingSomeoneFillsTheFormAndSavingRenamesThem() {
        add("Mum", Relationship.PARENT, "Loves the garden");
        model.startNew();
        assertEquals("", model.nameProperty().get(), "a new person starts with an empty form");
        assertEquals(Relationship.PARTNER, model.relationshipProperty().get());
        model.selectedProperty().set(model.people().get(0));
        assertEquals("Mum", model.nameProperty().get());
        assertEquals("Loves the garden", model.noteProperty().get());
        model.nameProperty().set("Mam");
        model.save();
        assertEquals("Saved.", model.messageProperty().get());
        assertEquals(List.of("Mam"), shown());
        assertEquals("Mam", repository.active().get(0).name());
        assertEquals(1, repository.active().size(), "renaming adds no one");
    }

    @Test
    void removingSomeoneWithNothingRecordedAsksThenArchivesAndTheyCanBeRestored() {
        add("Mum", Relationship.PARENT, "");
        add("Jonas", Relationship.PARTNER, "");
        model.selectedProperty().set(model.people().get(1));
        dialogs.chooseNext(0);
        model.remove();
        FakeDialogs.Asked asked = dialogs.lastAsked();
        assertEquals("Remove Mum?", asked.title());
        assertEquals(List.of("Archive", "Delete"), asked.choices());
        assertTrue(asked.message().startsWith("Nothing has been recorded about them yet."), asked.message());
        assertEquals("Mum was archived.", model.messageProperty().get());
        assertEquals(List.of("Jonas"), shown());
        assertNull(model.selectedProperty().get());

        model.showArchivedProperty().set(true);
        assertEquals(List.of("Mum"), shown());
        model.selectedProperty().set(model.people().get(0));
        assertTrue(model.selectedIsArchived().get());
        assertFalse(model.canSave().get(), "an archived person is restored, not changed");
        model.restore();
        assertEquals("Mum is back in your list.", model.messageProperty().get());
        assertTrue(model.people().isEmpty(), "no one is archived any more");
        model.showArchivedProperty().set(false);
        assertEquals(List.of("Jonas", "Mum"), shown());
        assertTrue(repository.archived().isEmpty());
    }

    @Test
    void cancellingARemovalChangesNothingAndDeletingRemovesThemForGood() {
        add("Theo", Relationship.FRIEND, "");
        model.selectedProperty().set(model.people().get(0));
        dialogs.cancelNext();
        model.remove();
        assertEquals(List.of("Theo"), shown());
        assertEquals(1, repository.active().size());

        dialogs.chooseNext(1);
        model.remove();
        assertEquals("Theo was deleted.", model.messageProperty().get());
        assertTrue(shown().isEmpty());
        assertTrue(repository.active().isEmpty());
        assertTrue(repository.archived().isEmpty(), "deleted, not archived");
    }

    @Test
    void removeAndRestoreDoNothingWithoutASelection() {
        model.remove();
        model.restore();
        assertTrue(dialogs.asked().isEmpty());
        assertEquals("", model.messageProperty().get());
    }

    @Test
    void removingSomeoneWithRecordsSaysHowManyAndDeletingTakesThemToo() {
        add("Sam", Relationship.FRIEND, "");
        Person sam = model.selectedProperty().get();
        commonground.reflection.NeedsRepository needs = new commonground.reflection.NeedsRepository(db);
        needs.addSource("closeness", commonground.reflection.SourceKind.PERSON, sam.id(), null);
        needs.addSource("play", commonground.reflection.SourceKind.PERSON, sam.id(), null);

        dialogs.chooseNext(1);
        model.remove();
        FakeDialogs.Asked asked = dialogs.lastAsked();
        assertEquals(List.of("Archive", "Delete with their records"), asked.choices());
        assertTrue(asked.message().startsWith("There are 2 things recorded about them (walkthroughs, check-ins, notes)."),
                asked.message());
        assertTrue(asked.message().endsWith("Deleting removes them and everything recorded about them, for good."),
                asked.message());
        assertEquals("Sam was deleted.", model.messageProperty().get());
        assertTrue(needs.sources("closeness").isEmpty(), "their records went with them");
    }

    @Test
    void lockingDropsTheListAndTheOpenPersonAndUnlockingOpensThemAgain() {
        Person dad = repository.add("Dad", Relationship.PARENT, "Likes the allotment on Sundays");
        model.reload(dad.id());
        assertEquals("Likes the allotment on Sundays", model.noteProperty().get());
        model.onLock();
        assertTrue(model.people().isEmpty());
        assertEquals(null, model.selectedProperty().get());
        assertEquals("", model.noteProperty().get(), "the note about them is not kept while locked");
        model.reloadAfterUnlock();
        assertEquals(dad.id(), model.selectedProperty().get().id());
        assertEquals("Likes the allotment on Sundays", model.noteProperty().get());
    }

    @Test
    void lockingKeepsANoteBeingTyped() {
        Person dad = repository.add("Dad", Relationship.PARENT, "Likes the allotment");
        model.reload(dad.id());
        model.noteProperty().set("Likes the allotment, and the radio in the shed");
        model.onLock();
        assertTrue(model.people().isEmpty());
        assertEquals("Likes the allotment, and the radio in the shed", model.noteProperty().get());
    }

    @Test
    void twoSamsAreToldApartWhenRemovingAndAStatusAboutOneGoesWhenTheOtherIsChosen() {
        add("Sam", Relationship.PARTNER, "");
        dialogs.confirmNext(true);
        add("Sam", Relationship.PARTNER, "");
        Person second = model.people().stream().max(java.util.Comparator.comparingLong(Person::id)).orElseThrow();
        model.selectedProperty().set(second);
        dialogs.chooseNext(1);
        model.remove();
        assertEquals("Remove Sam · Partner (2)?", dialogs.lastAsked().title(), "the dialog names which Sam");
        assertEquals("Sam · Partner (2) was deleted.", model.messageProperty().get());
        model.selectedProperty().set(model.people().get(0));
        assertEquals("", model.messageProperty().get(), "no word of a deletion under the Sam who was kept");
    }
}
