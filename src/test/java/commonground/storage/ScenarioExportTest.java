package commonground.storage;

import commonground.scenarios.ScenarioRepository;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.scenarios.ScenarioOrigin;
import commonground.scenarios.ScenarioRun;
import commonground.scenarios.StoredScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Walk-throughs, their answers and the scenario texts travel through a JSON export and merge once. */
class ScenarioExportTest {

    @TempDir
    Path dir;

    @Test
    void aRunWithItsAnswersAndTextMergesIntoAnotherProfileOnce() throws Exception {
        Path export = dir.resolve("export.json");

        try (Database db = Database.open(dir.resolve("a.db"))) {
            Person mum = new PeopleRepository(db).add("Mum", Relationship.PARENT, "");
            ScenarioRepository repo = new ScenarioRepository(db);
            StoredScenario text = repo.keepText("grapevine", 1, ScenarioOrigin.BUILT_IN, "Grapevine", "id: grapevine");
            ScenarioRun run = repo.startRun(text.id(), mum.id(), "know");
            repo.saveAnswers(run.id(), Map.of("know", "She did not reply", "decide", "I'll let it be for now"));
            repo.saveProgress(run.id(), "let-it-be", List.of("know", "decide"), true);

            new DataTransfer(db).exportTo(export);
        }
        try (Database other = Database.open(dir.resolve("b.db"))) {
            ScenarioRepository repo = new ScenarioRepository(other);
            // The same built-in text was already walked here: it is the same row, not a second one.
            repo.keepText("grapevine", 1, ScenarioOrigin.BUILT_IN, "Grapevine", "id: grapevine");
            new DataTransfer(other).importFrom(export);
            new DataTransfer(other).importFrom(export);
            List<ScenarioRun> runs = repo.runs();
            assertEquals(1, runs.size());
            assertEquals("Mum", runs.get(0).personName());
            assertEquals(List.of("know", "decide"), runs.get(0).path());
            assertEquals(Map.of("know", "She did not reply", "decide", "I'll let it be for now"),
                    repo.answers(runs.get(0).id()));
            assertEquals(1L, new DatabaseDiagnostics(other).rowCounts().get("scenario_text"));
        }
    }
}
