package commonground.longgame;

import commonground.care.SafetyAnswer;
import commonground.people.Person;
import commonground.shell.DatabaseThread;
import commonground.shell.FakeDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Going first follows the app's safety rule: for someone the user said they may be afraid of, no
 * steps of opening up are suggested and the same line as Cues and the walk-throughs says why.
 */
class LadderSafetyTest {

    @TempDir
    Path dir;
    private LongGameFixture f;
    private DisclosureRepository steps;
    private Person sami;
    private Person dad;

    @BeforeEach
    void open() throws Exception {
        f = new LongGameFixture(dir, "2026-12-01T10:00:00Z", ZoneOffset.UTC);
        dad = f.person("Dad");
        sami = f.person("Sami");
        f.people.setSafety(sami.id(), SafetyAnswer.YES);
        steps = new DisclosureRepository(f.db);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private LadderViewModel model() {
        LadderViewModel model = new LadderViewModel(f.people, steps, DisclosureLadder::load, DatabaseThread.sameThread(),
                f.clock, new FakeDialogs());
        model.reload();
        return model;
    }

    private Person find(LadderViewModel model, long id) {
        return model.persons().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    @Test
    void noStepsAreSuggestedForSomeoneTheUserMayBeAfraidOfAndTheNoticeSaysWhy() {
        LadderViewModel model = model();
        model.personProperty().set(find(model, sami.id()));
        assertTrue(model.suggestions().isEmpty(), model.suggestions().toString());
        assertEquals("", model.rungTitleProperty().get());
        assertEquals("Because you said you sometimes feel afraid of Sami, or are hurt, threatened or controlled, "
                + "suggestions about waiting and staying close are not shown. Your safety comes first.",
                model.safetyNoteProperty().get());

        model.ownStepProperty().set("Something I read");
        model.addOwnStep();
        assertTrue(steps.ownSteps(sami.id()).isEmpty(), "no step of their own is added to a ladder not offered");
        assertEquals("Something I read", model.ownStepProperty().get(), "the words stay");

        model.personProperty().set(find(model, dad.id()));
        assertFalse(model.suggestions().isEmpty(), "others still get their ladder");
        assertEquals("", model.safetyNoteProperty().get());
    }

    @Test
    void notSureCountsTooAndChangingTheAnswerBringsTheLadderBack() {
        f.people.setSafety(sami.id(), SafetyAnswer.NOT_SURE);
        LadderViewModel model = model();
        model.personProperty().set(find(model, sami.id()));
        assertTrue(model.suggestions().isEmpty());
        assertTrue(model.safetyNoteProperty().get().startsWith("Because you weren't sure whether you feel safe with Sami"));

        f.people.setSafety(sami.id(), SafetyAnswer.NO);
        LadderViewModel later = model();
        later.personProperty().set(find(later, sami.id()));
        assertFalse(later.suggestions().isEmpty());
        assertEquals("", later.safetyNoteProperty().get());
        assertEquals(LocalDate.of(2026, 12, 1), later.dayProperty().get());
    }
}
