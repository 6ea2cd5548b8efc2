package commonground.cues;

import commonground.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check-in form's rules: its default time, what it suggests, what it saves and what it refuses. */
class CheckInViewModelTest {

    @TempDir
    Path dir;
    CuesFixture cues;
    CheckInViewModel form;
    Person mum;

    @BeforeEach
    void open() throws Exception {
        cues = new CuesFixture(dir);
        mum = cues.addPerson("Mum");
        cues.reload();
        form = cues.model.checkIn();
    }

    @AfterEach
    void close() {
        cues.close();
    }

    private Set<String> savedKeys() {
        return cues.checkIns.forPerson(mum.id()).get(0).draft().cues().stream().map(CheckInCue::cueKey)
                .collect(Collectors.toSet());
    }

    @Test
    void aNewCheckInIsDatedNowByTheClock() {
        assertEquals(LocalDate.of(2026, 3, 14), form.dateProperty().get());
        assertEquals("18:45", form.timeProperty().get());
        assertEquals("Mum", cues.model.personProperty().get().name(), "the first person is chosen");
        assertTrue(form.canSave().get());
    }

    @Test
    void tickedCuesSuggestAcknowledgementsAndFittingPractices() {
        form.tick("tearing-up", true);
        form.tick("relaxed-laugh", true);
        assertEquals(List.of("tearing-up", "relaxed-laugh"), form.suggestions().stream().map(Cue::key).toList());
        assertTrue(form.suggestions().get(1).text().acknowledgements().contains("I love that laugh."));
        assertFalse(form.practices().isEmpty(), "practices that fit the cues are offered");
        form.tick("tearing-up", false);
        assertEquals(List.of("relaxed-laugh"), form.suggestions().stream().map(Cue::key).toList());
    }

    @Test
    void savingKeepsWhatWasTypedAndTickedThenClearsTheForm() {
        form.contextProperty().set("Cooking dinner");
        form.activityProperty().set(" cooking ");
        form.tick("tearing-up", true);
        form.tick("going-quiet", true);
        form.setIntensity("going-quiet", 2);
        form.setIntensity("going-quiet", 9);
        form.tick("relaxed-laugh", true);
        form.responseProperty().set("I sat beside her and passed the tissues.");
        form.timeProperty().set("18:30");
        form.save();

        assertEquals("Saved for Mum. You can find it under Over time.", form.messageProperty().get());
        List<CheckIn> saved = cues.checkIns.forPerson(mum.id());
        assertEquals(1, saved.size());
        CheckInDraft d = saved.get(0).draft();
        assertEquals("Cooking dinner", d.context());
        assertEquals("cooking", d.activity());
        assertEquals("I sat beside her and passed the tissues.", d.response());
        assertEquals(CuesFixture.NOW.withMinute(30), java.time.LocalDateTime.ofInstant(d.happenedAt(),
                cues.clock.getZone()));
        assertEquals(Set.of("tearing-up", "going-quiet", "relaxed-laugh"), savedKeys());
        Map<String, Integer> intensity = d.cues().stream().filter(c -> c.intensity() != null)
                .collect(Collectors.toMap(CheckInCue::cueKey, CheckInCue::intensity));
        assertEquals(Map.of("going-quiet", 3), intensity, "intensity is kept within 0 to 3; 0 is not saved");

        assertTrue(form.ticked().isEmpty(), "the form is cleared");
        assertTrue(form.suggestions().isEmpty());
        assertEquals("", form.contextProperty().get());
        assertEquals("18:45", form.timeProperty().get(), "and dated now again");
        assertEquals(List.of("cooking"), cues.model.activities(), "the activity is offered next time");
        assertEquals(1, cues.model.overTime().timeline().size(), "Over time shows it");
    }

    @Test
    void aCheckInWithNothingInItIsNotSavedAndSaysWhy() {
        form.save();
        assertEquals("Tick at least one cue, or write a note, so there is something to keep.",
                form.messageProperty().get());
        assertTrue(cues.checkIns.forPerson(mum.id()).isEmpty());
    }

    @Test
    void aTimeThatIsNotATimeIsExplainedAndTheTicksAreKept() {
        form.timeProperty().set("half six");
        form.tick("going-quiet", true);
        form.save();
        assertEquals("Please give the time as hours and minutes, for example 18:30.", form.messageProperty().get());
        assertTrue(cues.checkIns.forPerson(mum.id()).isEmpty());
        assertEquals(Set.of("going-quiet"), form.ticked().keySet(), "the tick is kept");
    }

    @Test
    void aTimeStillAheadByTheClockIsRefused() {
        form.tick("going-quiet", true);
        form.timeProperty().set("19:00");
        form.save();
        assertEquals("That time is still ahead. A check-in is about something that already happened.",
                form.messageProperty().get());
        form.timeProperty().set("18:46");
        form.save();
        assertTrue(form.messageProperty().get().startsWith("Saved for Mum."), "a minute ahead is allowed");
    }

    @Test
    void tooLongAnActivityOrContextIsExplained() {
        form.tick("going-quiet", true);
        form.activityProperty().set("a".repeat(CheckInDraft.MAX_ACTIVITY + 1));
        form.save();
        assertEquals("The activity can be up to 60 characters, such as \"cooking\".", form.messageProperty().get());
        form.activityProperty().set("");
        form.contextProperty().set("c".repeat(CheckInDraft.MAX_CONTEXT + 1));
        form.save();
        assertEquals("The context can be up to 1000 characters; the note has room for more.",
                form.messageProperty().get());
        assertTrue(cues.checkIns.forPerson(mum.id()).isEmpty());
    }

    @Test
    void withNoOneChosenSaveIsOffAndExplained(@TempDir Path empty) throws Exception {
        try (CuesFixture nobody = new CuesFixture(empty).reload()) {
            CheckInViewModel f = nobody.model.checkIn();
            assertNull(nobody.model.personProperty().get());
            assertFalse(f.canSave().get());
            f.tick("going-quiet", true);
            f.save();
            assertEquals("Please choose a person first. You can add people under People.", f.messageProperty().get());
        }
    }

    @Test
    void editingFillsTheFormAndSavesChangesToTheSameCheckIn() {
        form.tick("tearing-up", true);
        form.tick("going-quiet", true);
        form.responseProperty().set("I sat beside her.");
        form.timeProperty().set("17:05");
        form.save();
        CheckIn saved = cues.checkIns.forPerson(mum.id()).get(0);

        form.startEditing(saved);
        assertEquals(saved, form.editingProperty().get());
        assertEquals("17:05", form.timeProperty().get());
        assertEquals(Set.of("tearing-up", "going-quiet"), form.ticked().keySet());
        assertEquals("Editing the check-in of " + CheckInFormat.when(saved.happenedAt()) + ".",
                form.messageProperty().get());
        form.tick("tearing-up", false);
        form.responseProperty().set(form.responseProperty().get() + " She smiled later.");
        form.save();

        assertEquals("Changes saved for Mum. You can find it under Over time.", form.messageProperty().get());
        List<CheckIn> all = cues.checkIns.forPerson(mum.id());
        assertEquals(1, all.size(), "changed, not added");
        assertEquals(saved.uuid(), all.get(0).uuid());
        assertEquals(Set.of("going-quiet"), savedKeys());
        assertEquals("I sat beside her. She smiled later.", all.get(0).draft().response());
        assertNull(form.editingProperty().get());
    }

    @Test
    void cancellingAnEditLeavesTheCheckInAsItWas() {
        form.tick("going-quiet", true);
        form.save();
        CheckIn saved = cues.checkIns.forPerson(mum.id()).get(0);
        form.startEditing(saved);
        form.tick("going-quiet", false);
        form.cancelEditing();
        assertNull(form.editingProperty().get());
        assertEquals("", form.messageProperty().get());
        assertTrue(form.ticked().isEmpty());
        assertEquals(Set.of("going-quiet"), savedKeys());
    }
}
