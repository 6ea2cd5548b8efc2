package commonground.people;

import commonground.care.SafetyAnswer;
import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optional safety question and the pronouns on the People screen's view model. */
class SafetyQuestionTest {

    @TempDir
    Path dir;
    Database db;
    PeopleRepository repository;
    PeopleViewModel model;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        repository = new PeopleRepository(db);
        model = new PeopleViewModel(repository, DatabaseThread.sameThread(), new Dialogs() {
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
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anAnswerIsOptionalKeptWithThePersonAndChangeableOnTheirPage() {
        model.startNew();
        assertNull(model.safetyProperty().get(), "no answer until one is chosen");
        model.nameProperty().set("Sam");
        model.pronounsProperty().set(Pronouns.HE);
        model.safetyProperty().set(SafetyAnswer.NOT_SURE);
        assertTrue(model.safetyFirst().get(), "the safe path is shown as soon as the answer is chosen");
        model.save();
        Person sam = repository.active().get(0);
        assertEquals(SafetyAnswer.NOT_SURE, sam.safety());
        assertEquals(Pronouns.HE, sam.pronouns());

        model.selectedProperty().set(sam);
        assertEquals(SafetyAnswer.NOT_SURE, model.safetyProperty().get());
        model.safetyProperty().set(SafetyAnswer.NO);
        assertFalse(model.safetyFirst().get());
        model.save();
        assertEquals(SafetyAnswer.NO, repository.find(sam.id()).orElseThrow().safety());

        model.selectedProperty().set(repository.find(sam.id()).orElseThrow());
        model.safetyProperty().set(null);
        model.save();
        assertNull(repository.find(sam.id()).orElseThrow().safety(), "'I'd rather not answer' takes it back");
    }
}
