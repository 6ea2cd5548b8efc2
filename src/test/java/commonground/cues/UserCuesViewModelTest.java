package commonground.cues;

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

/** Your cues: a malformed one is explained and not saved; a good one joins the checklist until retired. */
class UserCuesViewModelTest {

    @TempDir
    Path dir;
    CuesFixture cues;
    UserCuesViewModel form;

    @BeforeEach
    void open() throws Exception {
        cues = new CuesFixture(dir);
        cues.addPerson("Ada");
        cues.reload();
        form = cues.model.yourCues();
    }

    @AfterEach
    void close() {
        cues.close();
    }

    private void fill(String acknowledgements) {
        form.startNew();
        form.categoryProperty().set(CueCategory.VOICE);
        form.seenProperty().set("Humming to himself");
        form.mightMeanProperty().set("He may be content, or soothing himself.");
        form.acknowledgementsProperty().set(acknowledgements);
        form.notToSayProperty().set("Can you stop that noise?");
    }

    @Test
    void tooManyAcknowledgementsAreExplainedAndNothingIsSaved() {
        fill("I like that tune.\nTake your time.\nI'm here.\nNo rush.");
        form.save();
        assertEquals(new CueProblem("acknowledgements", "Please keep it to 3 acknowledgements or fewer; there are 4."),
                form.problemProperty().get(), "said at the field it is about");
        assertTrue(cues.userCues.all().isEmpty());
        assertEquals("Humming to himself", form.seenProperty().get(), "what was typed stays");
    }

    @Test
    void missingWordsAreNamed() {
        fill("I like that tune.");
        form.notToSayProperty().set("");
        form.save();
        assertEquals(new CueProblem("notToSay", "Please write one thing better left unsaid."), form.problemProperty().get());
        form.notToSayProperty().set("Can you stop that noise?");
        form.mightMeanProperty().set("");
        form.save();
        assertEquals(new CueProblem("mightMean", "Please write what it might mean."), form.problemProperty().get());
        assertTrue(cues.userCues.all().isEmpty());
    }

    @Test
    void theLastStatusAndAProblemGoOnceTheNextCueIsBeingTyped() {
        fill("I like that tune.");
        form.save();
        assertEquals("Your cue was added to Ada\u2019s checklist.", form.messageProperty().get());
        form.seenProperty().set("S");
        assertEquals("", form.messageProperty().get(), "no stale 'added' while the next cue is typed");
        form.save();
        assertEquals("mightMean", form.problemProperty().get().field());
        form.mightMeanProperty().set("He may be tired.");
        assertNull(form.problemProperty().get(), "the problem goes once it is being put right");
        assertEquals(1, cues.userCues.all().size());
    }

    @Test
    void aGoodCueJoinsTheChecklistCanBeChangedAndIsRetiredAndBroughtBack() {
        fill("I like that tune.\nTake your time.\nI'm here.");
        form.save();
        assertEquals("Your cue was added to Ada\u2019s checklist.", form.messageProperty().get());
        assertEquals("", form.seenProperty().get(), "the form is cleared");
        assertEquals(1, form.custom().size());
        Cue cue = form.custom().get(0);
        assertEquals("Humming to himself", cue.seen());
        assertEquals(List.of("I like that tune.", "Take your time.", "I'm here."), cue.text().acknowledgements());
        assertTrue(cues.model.cues().contains(cue), "it is on the checklist");

        form.selectedProperty().set(cue);
        assertEquals("I like that tune.\nTake your time.\nI'm here.", form.acknowledgementsProperty().get());
        form.seenProperty().set("Humming a tune");
        form.save();
        assertEquals("Saved, on Ada\u2019s checklist.", form.messageProperty().get());
        assertEquals("Humming a tune", form.custom().get(0).seen());
        assertEquals(1, cues.userCues.all().size());

        form.selectedProperty().set(form.custom().get(0));
        assertFalse(form.selectedIsRetired().get());
        form.toggleRetired();
        assertEquals("\"Humming a tune\" is retired. Past check-ins still show it.", form.messageProperty().get());
        assertTrue(form.custom().get(0).retired());
        assertNull(form.selectedProperty().get());

        form.selectedProperty().set(form.custom().get(0));
        assertTrue(form.selectedIsRetired().get());
        form.toggleRetired();
        assertEquals("\"Humming a tune\" is back on the checklist.", form.messageProperty().get());
        assertFalse(form.custom().get(0).retired());
    }

    @Test
    void aRetiredCueStaysOnACheckInThatHadIt() {
        fill("I like that tune.");
        form.save();
        Cue mine = form.custom().get(0);
        CheckInViewModel checkIn = cues.model.checkIn();
        checkIn.tick(mine.key(), true);
        checkIn.save();
        form.selectedProperty().set(form.custom().get(0));
        form.toggleRetired();

        CheckIn saved = cues.checkIns.forPerson(cues.model.personProperty().get().id()).get(0);
        checkIn.startEditing(saved);
        checkIn.noteProperty().set("Still humming.");
        checkIn.save();
        assertTrue(checkIn.messageProperty().get().startsWith("Changes saved"), checkIn.messageProperty().get());
        CheckIn changed = cues.checkIns.forPerson(cues.model.personProperty().get().id()).get(0);
        assertEquals(List.of(mine.key()), changed.draft().cues().stream().map(CheckInCue::cueKey).toList());
        assertEquals("Humming to himself", changed.draft().cues().get(0).seen());
    }

    @Test
    void theEveryoneChoiceNamesThePersonChosenNowNotTheFirstOne() {
        // A newcomer switched "With" from Dad to Sam and the box still said "not only with Dad".
        cues.addPerson("Sam");
        cues.reload();
        javafx.beans.binding.StringBinding shown = javafx.beans.binding.Bindings.createStringBinding(
                () -> form.personName().get(), form.personName());
        for (String name : List.of("Ada", "Sam", "Ada")) {
            cues.model.personProperty().set(cues.model.persons().stream().filter(p -> p.name().equals(name))
                    .findFirst().orElseThrow());
            assertEquals(name, shown.get());
        }
    }
}
