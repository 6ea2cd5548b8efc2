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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Over time: each person's timeline, the weekly chart, activities with comfort, the comfort map, deleting. */
class OverTimeViewModelTest {

    @TempDir
    Path dir;
    CuesFixture cues;
    OverTimeViewModel overTime;
    Person ada;
    Person ben;

    @BeforeEach
    void open() throws Exception {
        cues = new CuesFixture(dir);
        ada = cues.addPerson("Ada");
        ben = cues.addPerson("Ben");
        cues.reload();
        overTime = cues.model.overTime();
    }

    @AfterEach
    void close() {
        cues.close();
    }

    private void checkIn(Person who, String time, String activity, String... cueKeys) {
        cues.model.personProperty().set(who);
        CheckInViewModel form = cues.model.checkIn();
        form.timeProperty().set(time);
        form.activityProperty().set(activity);
        for (String key : cueKeys) {
            form.tick(key, true);
        }
        form.save();
        assertTrue(form.messageProperty().get().startsWith("Saved for"), form.messageProperty().get());
    }

    @Test
    void eachPersonHasTheirOwnTimelineChartAndActivities() {
        checkIn(ada, "10:00", "walking", "relaxed-laugh");
        checkIn(ada, "12:00", "walking", "going-quiet");
        checkIn(ben, "11:00", "cooking", "going-quiet");

        cues.model.personProperty().set(ada);
        assertEquals(2, overTime.timeline().size());
        assertTrue(overTime.timeline().stream().allMatch(c -> c.personId() == ada.id()));
        CategoryChartData chart = overTime.chartProperty().get();
        assertEquals(1, chart.weeks().size(), "both on one day, so one week");
        String week = chart.weeks().get(0);
        CueCategory laugh = cues.model.cue("relaxed-laugh").orElseThrow().category();
        CueCategory quiet = cues.model.cue("going-quiet").orElseThrow().category();
        assertEquals(1, chart.counts().get(laugh).get(week));
        assertEquals(1, chart.counts().get(quiet).get(week));
        assertEquals(List.of("walking"), overTime.activities().stream().map(ActivityComfort::activity).toList());
        assertEquals(2, overTime.activities().get(0).checkIns());

        cues.model.personProperty().set(ben);
        assertEquals(1, overTime.timeline().size());
        assertEquals(List.of("cooking"), overTime.activities().stream().map(ActivityComfort::activity).toList());
    }

    @Test
    void deletingAsksFirstCancelKeepsItAndDeleteRemovesIt() {
        checkIn(ada, "10:00", "", "going-quiet");
        CheckIn saved = overTime.timeline().get(0);
        overTime.selectedProperty().set(saved);

        cues.dialogs.confirmNext(false);
        overTime.deleteSelected();
        assertEquals("Delete this check-in about Ada?", cues.dialogs.lastAsked().title(), "says whose");
        assertEquals("The check-in of " + CheckInFormat.when(saved.happenedAt())
                + " will be deleted for good, with the cues and notes in it.", cues.dialogs.lastAsked().message());
        assertEquals(1, cues.checkIns.forPerson(ada.id()).size());

        cues.dialogs.confirmNext(true);
        overTime.deleteSelected();
        assertEquals("The check-in of " + CheckInFormat.when(saved.happenedAt()) + " was deleted.",
                overTime.messageProperty().get());
        assertTrue(cues.checkIns.forPerson(ada.id()).isEmpty());
        assertTrue(overTime.timeline().isEmpty());
        assertTrue(overTime.chartProperty().get().isEmpty());
    }

    @Test
    void theQuestionSaysWhichSamTheCheckInIsAbout() {
        Person partner = cues.people.add("Sam", commonground.people.Relationship.PARTNER, "");
        cues.people.add("Sam", commonground.people.Relationship.FRIEND, "");
        cues.reload();
        checkIn(partner, "10:00", "", "going-quiet");
        overTime.selectedProperty().set(overTime.timeline().get(0));
        overTime.deleteSelected();
        assertEquals("Delete this check-in about Sam, your partner?", cues.dialogs.lastAsked().title());
        assertEquals(1, cues.checkIns.forPerson(partner.id()).size(), "no answer keeps it");
    }

    @Test
    void deletingTheCheckInBeingEditedEndsTheEdit() {
        checkIn(ada, "10:00", "", "going-quiet");
        overTime.selectedProperty().set(overTime.timeline().get(0));
        overTime.editSelected();
        assertEquals(CuesTab.CHECK_IN, cues.model.tabProperty().get());
        assertEquals(overTime.timeline().get(0), cues.model.checkIn().editingProperty().get());
        cues.dialogs.confirmNext(true);
        overTime.deleteSelected();
        assertNull(cues.model.checkIn().editingProperty().get());
    }

    @Test
    void theComfortMapIsSavedAsItIsEditedAndRefusesBlanksDuplicatesAndLongEntries() {
        cues.model.personProperty().set(ada);
        assertTrue(overTime.addComfort(ComfortList.DECLINES, " Her job "));
        assertTrue(overTime.addComfort(ComfortList.HELPS, "Walking side by side"));
        assertEquals(List.of("Her job"), cues.comfort.load(ada.id()).get(ComfortList.DECLINES));

        // Said under the list's own field (a newcomer saw these under the check-ins card, far away, or not at all).
        assertFalse(overTime.addComfort(ComfortList.DECLINES, "her JOB"));
        assertEquals("\u201cHer job\u201d is already on this list.", overTime.comfortMessageProperty(ComfortList.DECLINES).get());
        assertEquals("", overTime.messageProperty().get(), "nothing under the check-ins");
        assertFalse(overTime.addComfort(ComfortList.ENJOYS, "  "));
        assertEquals("Please write a few words first.", overTime.comfortMessageProperty(ComfortList.ENJOYS).get());
        assertEquals("", overTime.comfortMessageProperty(ComfortList.DECLINES).get(), "only the latest is said");
        assertFalse(overTime.addComfort(ComfortList.HELPS, "x".repeat(ComfortList.MAX_ITEM + 1)));
        assertEquals("Please keep each entry to 200 characters.", overTime.comfortMessageProperty(ComfortList.HELPS).get());
        assertEquals("", overTime.messageProperty().get());

        overTime.removeComfort(ComfortList.DECLINES, "Her job");
        assertTrue(cues.comfort.load(ada.id()).get(ComfortList.DECLINES).isEmpty());
        assertEquals(List.of("Walking side by side"), cues.comfort.load(ada.id()).get(ComfortList.HELPS));

        cues.model.personProperty().set(ben);
        assertTrue(overTime.comfortMapProperty().get().get(ComfortList.HELPS).isEmpty(), "Ben's map is his own");
        cues.model.personProperty().set(ada);
        assertEquals(List.of("Walking side by side"), overTime.comfortMapProperty().get().get(ComfortList.HELPS));
    }

    @Test
    void lockingDropsTheTimelineAndComfortMapAndShowingAgainReadsThem() {
        checkIn(ada, "10:00", "walking", "relaxed-laugh");
        cues.model.personProperty().set(ada);
        assertEquals(1, overTime.timeline().size());
        overTime.selectedProperty().set(overTime.timeline().get(0));

        cues.model.onLock();
        assertTrue(overTime.timeline().isEmpty());
        assertNull(overTime.selectedProperty().get());
        assertTrue(overTime.activities().isEmpty());

        cues.model.reload(); // what showing Cues does after unlocking
        assertEquals(1, overTime.timeline().size());
    }
}
