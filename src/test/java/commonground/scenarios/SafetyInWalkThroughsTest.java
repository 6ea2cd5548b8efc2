package commonground.scenarios;

import commonground.care.SafetyAnswer;
import commonground.content.Practices;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Pronouns;
import commonground.people.Relationship;
import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The safety answer in walk-throughs, through the view models with a real database: a walk about
 * someone the user may be afraid of starts on the safe path with a line saying why, an answer
 * given in a walk is kept with the person, and texts use the person's name and pronouns.
 */
class SafetyInWalkThroughsTest {

    @TempDir
    Path dir;
    Database db;
    PeopleRepository people;
    ScenariosViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the autosave pause is a JavaFX animation
    }

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        people = new PeopleRepository(db);
        Practices practices = Practices.load();
        ScenarioRepository repository = new ScenarioRepository(db);
        Dialogs none = new Dialogs() {
            @Override
            public boolean confirm(String title, String message, String confirmLabel) {
                return false;
            }

            @Override
            public Optional<Integer> choose(String title, String message, List<String> choices) {
                return Optional.empty();
            }

            @Override
            public void inform(String title, String message) {
            }
        };
        model = new ScenariosViewModel(new ScenarioLibrary(repository, () -> practices), repository, people,
                DatabaseThread.sameThread(), none, CompletableFuture.completedFuture(practices),
                new commonground.shell.ManualPauses());
    }

    @AfterEach
    void close() {
        model.flush();
        db.close();
    }

    private void startAbout(Person person, String scenarioId) {
        model.reload();
        model.selectedProperty().set(model.offers().stream().filter(o -> o.scenario().id().equals(scenarioId))
                .findFirst().orElseThrow());
        model.startForProperty().set(model.personChoices().stream().filter(p -> p.person() != null && p.person().id() == person.id())
                .findFirst().orElseThrow());
        model.start();
    }

    @Test
    void aWalkAboutSomeoneTheUserIsNotSureAboutStartsOnTheSafePathAndSaysWhy() {
        Person sam = people.add("Sam", Relationship.PARTNER, "", Pronouns.HE, SafetyAnswer.NOT_SURE);
        startAbout(sam, "open-up");
        assertEquals(ScenariosViewModel.Page.RUN, model.pageProperty().get());
        RunViewModel run = model.runModel();
        assertEquals(SafetySteps.SAFE_PATH, run.stepProperty().get().id());
        assertTrue(run.stepProperty().get().text().contains("waiting for him or staying close"),
                run.stepProperty().get().text());
        assertEquals("Because you weren't sure whether you feel safe with Sam, suggestions about waiting and "
                + "staying close are not shown. Your safety comes first.", run.safetyNoteProperty().get());
        assertFalse(run.safetyNoteProperty().get().contains("afraid"), "no words the user did not say");
        run.next();
        assertEquals(SafetySteps.SUPPORT, run.stepProperty().get().id());
        assertTrue(model.runModel().nextFinishes(), "the safe path ends after one step of support");
    }

    @Test
    void anAnswerGivenInAWalkIsKeptWithThePersonAndChangesTheRestOfIt() {
        Person kim = people.add("Kim", Relationship.FRIEND, "", Pronouns.SHE, null);
        startAbout(kim, "wont-talk-feelings");
        RunViewModel run = model.runModel();
        assertEquals(SafetySteps.QUESTION, run.stepProperty().get().id());
        assertTrue(run.stepProperty().get().text().startsWith("Do you ever feel afraid of her, or are you hurt"),
                run.stepProperty().get().text());
        assertEquals("", run.safetyNoteProperty().get());
        run.answerProperty().set("Yes");
        run.next();
        assertEquals(SafetySteps.SAFE_PATH, run.stepProperty().get().id());
        assertEquals(SafetyAnswer.YES, people.find(kim.id()).orElseThrow().safety());
        assertEquals("Because you said you sometimes feel afraid of Kim, or are hurt, threatened or controlled, "
                + "suggestions about waiting and staying close are not shown. Your safety comes first.",
                run.safetyNoteProperty().get());
    }

    @Test
    void afterANoTheWalkGoesOnInTheScenarioWithThePersonsNameAndPronouns() {
        Person kim = people.add("Kim", Relationship.FRIEND, "", Pronouns.SHE, SafetyAnswer.NO);
        startAbout(kim, "wont-talk-feelings");
        RunViewModel run = model.runModel();
        assertEquals("welcome", run.stepProperty().get().id());
        assertTrue(run.stepProperty().get().text().contains("to be close to Kim, on terms that feel safe to her."),
                run.stepProperty().get().text());
        assertEquals("", run.safetyNoteProperty().get());
    }

    @Test
    void theSafetyQuestionCanBePassedWithoutAnAnswerAsItSays() {
        Person kim = people.add("Kim", Relationship.FRIEND, "", Pronouns.SHE, null);
        startAbout(kim, "wont-talk-feelings");
        RunViewModel run = model.runModel();
        assertEquals(SafetySteps.QUESTION, run.stepProperty().get().id());
        assertTrue(run.stepProperty().get().text().contains("You don't have to answer"));
        assertTrue(run.canNextProperty().get(), "Next works with nothing chosen");
        run.next();
        assertEquals("welcome", run.stepProperty().get().id(), "on to the walk-through, not to the safe path");
        assertEquals(null, people.find(kim.id()).orElseThrow().safety(), "nothing is kept for Kim");
        run.back();
        assertEquals(SafetySteps.SKIP, run.answerProperty().get(), "back on the question, it shows what Next meant");
    }
}
