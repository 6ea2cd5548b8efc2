package commonground.scenarios;

import commonground.content.Practices;
import commonground.people.PeopleRepository;
import commonground.shell.DatabaseThread;
import commonground.shell.FakeDialogs;
import commonground.shell.ManualPauses;
import commonground.storage.Database;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** The Scenarios screen's view models over a real database, work done at once, pauses moved by hand. */
final class ScenariosFixture implements AutoCloseable {

    final Database db;
    final ScenarioRepository repository;
    final PeopleRepository people;
    final FakeDialogs dialogs = new FakeDialogs();
    final ManualPauses pauses = new ManualPauses();
    final ScenariosViewModel model;

    ScenariosFixture(Path dir) throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        repository = new ScenarioRepository(db);
        people = new PeopleRepository(db);
        CompletableFuture<Practices> practices = CompletableFuture.completedFuture(Practices.load());
        model = new ScenariosViewModel(new ScenarioLibrary(repository, practices::join), repository, people,
                DatabaseThread.sameThread(), dialogs, practices, pauses);
        model.reload();
    }

    /** The saved answer to a step of the only run, or null. */
    String savedAnswer(String stepId) {
        ScenarioRun run = repository.runs().get(0);
        return repository.answers(run.id()).get(stepId);
    }

    @Override
    public void close() {
        db.close();
    }
}
