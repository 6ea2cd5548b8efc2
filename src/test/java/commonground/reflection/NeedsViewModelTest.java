package commonground.reflection;

import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.shell.DatabaseThread;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The needs check-in (0 to 4), the chart of one need, and where a need can be met. */
class NeedsViewModelTest {

    @TempDir
    Path dir;
    Database db;
    NeedsRepository repository;
    PeopleRepository people;
    NeedsViewModel model;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        repository = new NeedsRepository(db);
        people = new PeopleRepository(db);
        model = new NeedsViewModel(repository, people, DatabaseThread.sameThread());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Need need(NeedsVocabulary vocabulary, String id) {
        return vocabulary.need(id).orElseThrow();
    }

    @Test
    void aCheckInWithNoNeedChosenOrTooLongANoteIsExplainedAndNotSaved() {
        model.saveCheckIn();
        assertEquals("Choose at least one need to check in on.", model.messageProperty().get());
        model.choose("rest", true);
        model.rate("rest", 2);
        model.checkInNoteProperty().set("x".repeat(NeedsCheckIn.MAX_NOTE + 1));
        model.saveCheckIn();
        assertEquals("The note is longer than 5000 characters. A reflection note might be a better home for it.",
                model.messageProperty().get());
        assertTrue(model.ratings().containsKey("rest"), "what was chosen stays");
        assertTrue(repository.checkIns(10).isEmpty());
    }

    @Test
    void aNeedStartsUnratedAndIsRatedFromZeroToFour() {
        model.choose("closeness", true);
        assertTrue(model.ratings().containsKey("closeness"));
        assertNull(model.ratings().get("closeness"), "no rating is chosen for the user");
        model.saveCheckIn();
        assertEquals("Please choose how met closeness is, from 0 (not at all) to 4 (fully), or untick it.",
                model.messageProperty().get());
        assertTrue(repository.checkIns(10).isEmpty());
        model.rate("closeness", 4);
        model.rate("closeness", 5);
        model.rate("closeness", -1);
        model.rate("rest", 1);
        assertEquals(Map.of("closeness", 4), model.ratings(), "out of range, or not chosen: ignored");
        model.choose("closeness", false);
        assertTrue(model.ratings().isEmpty());
    }

    @Test
    void aSavedCheckInClearsTheFormAndIsChartedForTheNeedInFocus() throws Exception {
        NeedsVocabulary vocabulary = NeedsVocabulary.load();
        model.setVocabulary(vocabulary);
        model.onShow();
        model.focusNeedProperty().set(need(vocabulary, "closeness"));
        assertTrue(model.history().isEmpty());

        model.choose("closeness", true);
        model.choose("quiet", true);
        model.rate("closeness", 1);
        model.rate("quiet", 4);
        model.checkInNoteProperty().set("A tender week");
        model.saveCheckIn();

        assertEquals("Your check-in is saved. Thank you for looking after yourself.", model.messageProperty().get());
        assertTrue(model.ratings().isEmpty());
        assertEquals("", model.checkInNoteProperty().get());
        assertEquals(1, model.recent().size());
        assertEquals(Map.of("closeness", 1, "quiet", 4), model.recent().get(0).ratings());
        assertEquals("A tender week", model.recent().get(0).note());
        assertEquals(List.of(1), model.history().stream().map(RatingPoint::rating).toList());
        assertEquals("Closeness", model.nameOf("closeness"));
    }

    @Test
    void whereANeedCanBeMetTakesSomeoneFromPeopleOrAPlace() throws Exception {
        Person sam = people.add("Sam", Relationship.FRIEND, "");
        model.addSource();
        assertEquals("Choose a need first.", model.sourceMessageProperty().get());

        NeedsVocabulary vocabulary = NeedsVocabulary.load();
        model.setVocabulary(vocabulary);
        model.onShow();
        assertEquals(List.of("Sam"), model.people().stream().map(Person::name).toList());
        model.focusNeedProperty().set(need(vocabulary, "closeness"));

        model.sourceKindProperty().set(SourceKind.PERSON);
        model.addSource();
        assertEquals("Choose someone from your People list.", model.sourceMessageProperty().get());
        model.sourcePersonProperty().set(sam);
        model.addSource();
        assertEquals("", model.sourceMessageProperty().get());

        model.sourceKindProperty().set(SourceKind.PLACE);
        model.sourceLabelProperty().set("  ");
        model.addSource();
        assertEquals("Write the place or activity, in a few words.", model.sourceMessageProperty().get());
        model.sourceLabelProperty().set("x".repeat(NeedSource.MAX_LABEL + 1));
        model.addSource();
        assertEquals("That is longer than 200 characters; a few words will do.", model.sourceMessageProperty().get());
        model.sourceLabelProperty().set("The allotment");
        model.addSource();
        assertEquals("", model.sourceLabelProperty().get(), "the form is cleared");

        assertEquals(List.of(SourceKind.PERSON, SourceKind.PLACE),
                model.sources().stream().map(NeedSource::kind).sorted().toList());
        assertEquals(2, repository.sources("closeness").size());
        model.removeSource(model.sources().stream().filter(s -> s.kind() == SourceKind.PLACE).findFirst().orElseThrow());
        assertEquals(List.of(SourceKind.PERSON), model.sources().stream().map(NeedSource::kind).toList());
        assertEquals(sam.id(), model.sources().get(0).personId());
    }
}
