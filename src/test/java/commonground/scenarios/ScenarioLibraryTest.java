package commonground.scenarios;

import commonground.content.Practices;
import commonground.storage.DatabaseDiagnostics;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing packs: a bad file imports nothing; a good one is offered and can be walked; versions are kept. */
class ScenarioLibraryTest {

    @TempDir
    Path dir;
    Database db;
    ScenarioRepository repo;
    ScenarioLibrary library;
    Practices practices;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("common-ground.db"));
        repo = new ScenarioRepository(db);
        practices = Practices.load();
        library = new ScenarioLibrary(repo, () -> practices);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown-kind", "missing-branch", "unreachable-step", "endless-cycle", "missing-field",
            "duplicate-id", "too-long", "not-yaml", "empty"})
    void aBrokenFileImportsNothing(String name) throws Exception {
        ScenarioLibrary.ImportOutcome outcome = library.importFile(
                ScenarioValidatorTest.fixture("invalid/" + name + ".yaml"));
        assertFalse(outcome.imported());
        assertFalse(outcome.messages().isEmpty());
        assertTrue(outcome.messages().get(0).contains(name + ".yaml: "), outcome.messages().toString());
        assertEquals(7, library.offers().size());
        assertEquals(0L, new DatabaseDiagnostics(db).rowCounts().get("scenario_text"));
    }

    @Test
    void aGoodPackImportsAndCanBeWalked() throws Exception {
        ScenarioLibrary.ImportOutcome outcome = library.importFile(ScenarioValidatorTest.fixture("valid/good-pack.yaml"));
        assertTrue(outcome.imported(), outcome.messages().toString());
        List<ScenarioLibrary.Offer> offers = new ScenarioLibrary(repo, () -> practices).offers();
        ScenarioLibrary.Offer pack = offers.get(offers.size() - 1);
        assertEquals("weekend-plans", pack.scenario().id());
        ScenarioRun run = library.start(pack, null);
        Walk walk = new Walk(library.scenarioOf(run), run.currentStep(), run.path(), Map.of(), false);
        walk.next();
        assertFalse(walk.canGoOn());
        walk.answer("mood", "Busy and tiring");
        walk.next();
        assertEquals("rest", walk.current().id());
        while (!walk.next()) {
            walk.answer(walk.current().id(), "noted");
        }
        assertEquals(List.of("intro", "mood", "rest", "activity", "say", "plan"),
                walk.stepsTaken().stream().map(Step::id).toList());
    }

    @Test
    void aChangedPackNeedsANewVersionAndOldRunsKeepTheirText() throws Exception {
        Path v1 = ScenarioValidatorTest.fixture("valid/good-pack.yaml");
        library.importFile(v1);
        ScenarioRun old = library.start(library.offers().get(7), null);
        Path changed = dir.resolve("changed.yaml");
        Files.writeString(changed, Files.readString(v1).replace("The plan", "The new plan"));
        ScenarioLibrary.ImportOutcome refused = library.importFile(changed);
        assertFalse(refused.imported());
        assertTrue(refused.messages().get(0).contains("field 'version'"), refused.messages().toString());
        Files.writeString(changed, Files.readString(changed).replace("version: 1", "version: 2"));
        assertTrue(library.importFile(changed).imported());
        assertEquals(2, library.offers().get(7).scenario().version());
        assertEquals("The plan", library.scenarioOf(old).step("plan").orElseThrow().title());
    }

    @Test
    void aBuiltInIdCannotBeTaken() throws Exception {
        Path clash = dir.resolve("clash.yaml");
        Files.writeString(clash, Files.readString(ScenarioValidatorTest.fixture("valid/good-pack.yaml"))
                .replace("id: weekend-plans", "id: grapevine"));
        ScenarioLibrary.ImportOutcome outcome = library.importFile(clash);
        assertFalse(outcome.imported());
        assertTrue(outcome.messages().get(0).contains("field 'id'"));
    }
}
