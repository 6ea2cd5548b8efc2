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

    // The day field: one format from the user's locale, typed text that cannot be read is refused, never saved.

    @Test
    void aDayTypedInTheLocalesFormsOrAsIsoIsRead() {
        CheckInDates dates = new CheckInDates();
        LocalDate tenth = LocalDate.of(2026, 3, 10);
        assertEquals(tenth, form.dateTyped("2026-03-10"));
        assertEquals(tenth, form.dateTyped(dates.format(tenth)), "as the field shows it");
        String shortForm = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT)
                .withLocale(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)).format(tenth);
        assertEquals(tenth, form.dateTyped(shortForm), "the locale's short form");
        assertEquals("", form.dateProblemProperty().get());
        assertEquals(dates.format(tenth), form.formatDate(tenth));
        assertTrue(form.canSave().get());
    }

    @Test
    void aDayThatCannotBeReadIsRefusedKeptForCorrectingAndNothingIsSaved() {
        form.tick("going-quiet", true);
        String example = new CheckInDates().format(LocalDate.of(2026, 3, 14));
        for (String typed : List.of("31/02/2026", "2026-02-31", "last tuesday", "24/13/2026")) {
            assertEquals(LocalDate.of(2026, 3, 14), form.dateTyped(typed), "the day is left as it was: " + typed);
            assertEquals(typed, form.unreadDateProperty().get(), "the typed text is kept");
            assertEquals("That date could not be read. Please pick it from the calendar, or type it like "
                    + example + ".", form.dateProblemProperty().get());
            assertFalse(form.canSave().get(), "Save is off");
            form.save();
            assertTrue(cues.checkIns.forPerson(mum.id()).isEmpty(), "today is not saved instead: " + typed);
            assertEquals(Set.of("going-quiet"), form.ticked().keySet(), "the tick is kept");
        }
        form.dateProperty().set(LocalDate.of(2026, 3, 12)); // picked from the calendar
        assertEquals("", form.unreadDateProperty().get());
        assertEquals("", form.dateProblemProperty().get());
        assertTrue(form.canSave().get());
        form.save();
        assertEquals(LocalDate.of(2026, 3, 12), java.time.LocalDate.ofInstant(
                cues.checkIns.forPerson(mum.id()).get(0).happenedAt(), cues.clock.getZone()));
    }

    @Test
    void aDayStillAheadIsRefusedAtTheField() {
        form.tick("going-quiet", true);
        assertEquals(LocalDate.of(2026, 3, 15), form.dateTyped("2026-03-15"));
        form.dateProperty().set(LocalDate.of(2026, 3, 15));
        assertEquals("That day is still ahead. A check-in is about something that already happened.",
                form.dateProblemProperty().get());
        assertFalse(form.canSave().get());
        form.save();
        assertTrue(cues.checkIns.forPerson(mum.id()).isEmpty());
        form.dateProperty().set(null);
        assertEquals("No day is chosen yet. Please pick it from the calendar, or type it like "
                + new CheckInDates().format(LocalDate.now(cues.clock)) + ".", form.dateProblemProperty().get());
        assertFalse(form.canSave().get());
    }

    // Switching the person never moves a half-written check-in silently.

    private Person halfWrittenAboutDad() {
        Person dad = cues.addPerson("Dad");
        cues.addPerson("Sam");
        cues.reload();
        cues.model.personProperty().set(dad);
        assertTrue(cues.dialogs.asked().isEmpty(), "an empty form switches without asking");
        form.tick("going-quiet", true);
        form.contextProperty().set("Hospital visit with Dad");
        return dad;
    }

    private Person sam() {
        return cues.model.persons().stream().filter(p -> p.name().equals("Sam")).findFirst().orElseThrow();
    }

    @Test
    void switchingThePersonAsksAndCancelPutsThePersonBack() {
        Person dad = halfWrittenAboutDad();
        cues.dialogs.cancelNext();
        cues.model.personProperty().set(sam());
        assertEquals("You have an unsaved check-in about Dad. What should happen to it?",
                cues.dialogs.lastAsked().message());
        assertEquals(List.of("Keep it for Sam", "Start a new one for Sam"), cues.dialogs.lastAsked().choices());
        assertEquals(dad.id(), cues.model.personProperty().get().id(), "Dad is chosen again");
        assertEquals("Hospital visit with Dad", form.contextProperty().get());
        assertEquals(Set.of("going-quiet"), form.ticked().keySet());
        assertEquals(1, cues.dialogs.asked().size(), "putting Dad back asks nothing");
        form.save();
        assertEquals(1, cues.checkIns.forPerson(dad.id()).size(), "saved for Dad");
        assertTrue(cues.checkIns.forPerson(sam().id()).isEmpty());
    }

    @Test
    void switchingThePersonCanKeepTheCheckInForTheNewPerson() {
        Person dad = halfWrittenAboutDad();
        cues.dialogs.chooseNext(0);
        cues.model.personProperty().set(sam());
        assertEquals(1, cues.dialogs.asked().size(), "asked, not moved silently");
        assertEquals("Sam", cues.model.personProperty().get().name());
        assertEquals("Hospital visit with Dad", form.contextProperty().get());
        form.save();
        assertEquals(1, cues.checkIns.forPerson(sam().id()).size(), "saved for Sam, as chosen");
        assertTrue(cues.checkIns.forPerson(dad.id()).isEmpty());
    }

    @Test
    void switchingThePersonCanStartANewCheckIn() {
        Person dad = halfWrittenAboutDad();
        cues.dialogs.chooseNext(1);
        cues.model.personProperty().set(sam());
        assertEquals("Sam", cues.model.personProperty().get().name());
        assertEquals("", form.contextProperty().get());
        assertTrue(form.ticked().isEmpty());
        form.save();
        assertTrue(cues.checkIns.forPerson(sam().id()).isEmpty());
        assertTrue(cues.checkIns.forPerson(dad.id()).isEmpty());
    }

    // The status of a save is about that check-in only.

    @Test
    void theSavedStatusGoesOnceTheNextCheckInIsStarted() {
        form.tick("going-quiet", true);
        form.save();
        assertTrue(form.messageProperty().get().startsWith("Saved for Mum."));
        form.contextProperty().set("A walk");
        assertEquals("", form.messageProperty().get(), "typing in the form clears it");

        form.tick("going-quiet", true);
        form.save();
        assertTrue(form.messageProperty().get().startsWith("Saved for Mum."));
        form.tick("tearing-up", true);
        assertEquals("", form.messageProperty().get(), "ticking a cue clears it");

        form.save();
        assertTrue(form.messageProperty().get().startsWith("Saved for Mum."));
        form.dateProperty().set(LocalDate.of(2026, 3, 13));
        assertEquals("", form.messageProperty().get(), "choosing another day clears it");

        CheckIn saved = cues.checkIns.forPerson(mum.id()).get(0);
        form.startEditing(saved);
        assertTrue(form.messageProperty().get().startsWith("Editing the check-in of"), "loading is not a change");
        form.searchProperty().set("quiet");
        assertTrue(form.messageProperty().get().startsWith("Editing"), "searching the cues is not a change");
    }

    @Test
    void switchingThePersonWhileChangingASavedCheckInNeverMovesIt() {
        Person dad = halfWrittenAboutDad();
        form.save();
        CheckIn saved = cues.checkIns.forPerson(dad.id()).get(0);
        form.startEditing(saved);
        form.contextProperty().set("Hospital visit with Dad, and tea after");

        cues.dialogs.cancelNext();
        cues.model.personProperty().set(sam());
        assertEquals("You are changing a check-in about Dad. It stays with Dad. What should happen to your changes?",
                cues.dialogs.lastAsked().message());
        assertEquals(List.of("Start a new one for Sam"), cues.dialogs.lastAsked().choices());
        assertEquals(dad.id(), cues.model.personProperty().get().id(), "Dad is chosen again");
        assertEquals(saved, form.editingProperty().get(), "still editing");

        cues.dialogs.chooseNext(0);
        cues.model.personProperty().set(sam());
        assertNull(form.editingProperty().get(), "a new one is started");
        assertEquals("", form.contextProperty().get());
        assertEquals("Hospital visit with Dad", cues.checkIns.forPerson(dad.id()).get(0).draft().context(),
                "the saved check-in is as it was, and still Dad's");
        assertTrue(cues.checkIns.forPerson(sam().id()).isEmpty());
    }

    @Test
    void withTwoPeopleOfTheSameNameTheMessageSaysWhichOne() {
        cues.people.add("Mum", commonground.people.Relationship.OTHER, "");
        cues.reload();
        cues.model.personProperty().set(cues.model.persons().get(0));
        form.tick("tearing-up", true);
        form.save();
        assertTrue(form.messageProperty().get().startsWith("Saved for Mum, "
                + commonground.people.Namesakes.yours(cues.model.persons().get(0).relationship()) + "."),
                form.messageProperty().get());
    }
}
