package commonground.scenarios;

import commonground.people.PeopleRepository;
import commonground.storage.Database;
import commonground.people.Person;
import commonground.people.Relationship;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioRepositoryTest {

    @TempDir
    Path dir;
    Database db;
    ScenarioRepository repo;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("common-ground.db"));
        repo = new ScenarioRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aTextIsKeptOncePerIdAndVersion() {
        StoredScenario a = repo.keepText("s", 1, ScenarioOrigin.IMPORTED, "S", "id: s # one");
        StoredScenario again = repo.keepText("s", 1, ScenarioOrigin.IMPORTED, "S", "id: s # changed");
        assertEquals(a.id(), again.id());
        assertEquals("id: s # one", again.yaml());
        repo.keepText("s", 2, ScenarioOrigin.IMPORTED, "S", "id: s # two");
        assertEquals(2, repo.importedTexts().size());
    }

    @Test
    void progressAndAnswersSurviveReopening() throws Exception {
        Person mum = new PeopleRepository(db).add("Mum", Relationship.PARENT, "");
        StoredScenario t = repo.keepText("s", 1, ScenarioOrigin.BUILT_IN, "S", "yaml");
        ScenarioRun run = repo.startRun(t.id(), mum.id(), "a");
        repo.saveAnswers(run.id(), Map.of("a", "First thought", "b", "Second"));
        repo.saveAnswers(run.id(), Map.of("a", "First thought, revised"));
        repo.saveProgress(run.id(), "c", List.of("a", "b"), false);
        db.close();
        db = Database.open(dir.resolve("common-ground.db"));
        repo = new ScenarioRepository(db);
        ScenarioRun back = repo.run(run.id()).orElseThrow();
        assertEquals("c", back.currentStep());
        assertEquals(List.of("a", "b"), back.path());
        assertEquals("Mum", back.personName());
        assertNull(back.finishedAt());
        assertEquals(Map.of("a", "First thought, revised", "b", "Second"), repo.answers(run.id()));
        repo.saveProgress(run.id(), "c", List.of("a", "b"), true);
        assertTrue(repo.run(run.id()).orElseThrow().finished());
    }

    @Test
    void hugeAnswersAreRefusedWithAClearMessage() {
        StoredScenario t = repo.keepText("s", 1, ScenarioOrigin.BUILT_IN, "S", "yaml");
        ScenarioRun run = repo.startRun(t.id(), null, "a");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> repo.saveAnswers(run.id(), Map.of("a", "x".repeat(ScenarioRun.MAX_ANSWER + 1))));
        assertTrue(e.getMessage().contains("at most 20000"));
    }

    @Test
    void deletingARunDeletesItsAnswersAndPeopleSeeTheirRuns() {
        PeopleRepository people = new PeopleRepository(db);
        Person lee = people.add("Lee", Relationship.FRIEND, "");
        StoredScenario t = repo.keepText("s", 1, ScenarioOrigin.BUILT_IN, "S", "yaml");
        ScenarioRun run = repo.startRun(t.id(), lee.id(), "a");
        repo.saveAnswers(run.id(), Map.of("a", "text"));
        assertEquals(Map.of("scenario_run", 1), people.recordCounts(lee.id()));
        repo.deleteRun(run.id());
        assertTrue(repo.runs().isEmpty());
        assertTrue(repo.answers(run.id()).isEmpty());
        ScenarioRun other = repo.startRun(t.id(), lee.id(), "a");
        repo.saveAnswers(other.id(), Map.of("a", "text"));
        people.deleteWithRecords(lee.id());
        assertTrue(repo.runs().isEmpty());
    }
}
