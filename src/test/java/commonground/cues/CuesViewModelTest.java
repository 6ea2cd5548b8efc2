package commonground.cues;

import commonground.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the Cues tabs share: the people, the chosen person, the checklist and the activities. */
class CuesViewModelTest {

    @TempDir
    Path dir;
    CuesFixture cues;

    @BeforeEach
    void open() throws Exception {
        cues = new CuesFixture(dir);
    }

    @AfterEach
    void close() {
        cues.close();
    }

    @Test
    void loadingShowsTheBuiltInCuesThePeopleAndChoosesTheFirstPerson() {
        Person ada = cues.addPerson("Ada");
        cues.addPerson("Ben");
        cues.reload();
        assertEquals("", cues.model.problemProperty().get());
        assertEquals(List.of("Ada", "Ben"), cues.model.persons().stream().map(Person::name).toList());
        assertEquals(ada.id(), cues.model.personProperty().get().id());
        assertEquals(45, cues.model.cues().size(), "the 45 built-in cues");
        assertTrue(cues.model.cues().stream().noneMatch(Cue::custom));
        assertFalse(cues.model.practicesProperty().get().all().isEmpty());
        assertTrue(cues.model.cue("going-quiet").isPresent());
        assertTrue(cues.model.activities().isEmpty());
    }

    @Test
    void reloadingKeepsTheChosenPersonWhileTheyAreStillThere() {
        cues.addPerson("Ada");
        Person ben = cues.addPerson("Ben");
        cues.reload();
        cues.model.personProperty().set(cues.model.persons().get(1));
        cues.reload();
        assertEquals(ben.id(), cues.model.personProperty().get().id());
        cues.people.archive(ben.id());
        cues.reload();
        assertEquals("Ada", cues.model.personProperty().get().name(), "someone archived is no longer chosen");
    }

    @Test
    void withNoOneAddedNoOneIsChosen() {
        cues.reload();
        assertTrue(cues.model.persons().isEmpty());
        assertEquals(null, cues.model.personProperty().get());
        assertTrue(cues.model.overTime().timeline().isEmpty());
    }
}
