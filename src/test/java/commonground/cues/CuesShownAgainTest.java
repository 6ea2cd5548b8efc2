package commonground.cues;

import commonground.people.Person;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Showing Cues again with nothing changed leaves the checklist, the people, the timeline and the
 * chart as they are (rebuilding them on every visit cost memory: decision 0012); a change still shows.
 */
class CuesShownAgainTest {

    @TempDir
    Path dir;
    CuesFixture cues;
    Person ada;

    @BeforeEach
    void open() throws Exception {
        cues = new CuesFixture(dir);
        ada = cues.addPerson("Ada");
        cues.reload();
        cues.model.personProperty().set(ada);
        CheckInViewModel form = cues.model.checkIn();
        form.timeProperty().set("10:00");
        form.activityProperty().set("walking");
        form.tick("going-quiet", true);
        form.save();
        assertTrue(form.messageProperty().get().startsWith("Saved for"), form.messageProperty().get());
        cues.reload();
    }

    @AfterEach
    void close() {
        cues.close();
    }

    private static AtomicInteger changesOf(ObservableList<?> list) {
        AtomicInteger changes = new AtomicInteger();
        list.addListener((ListChangeListener<Object>) c -> changes.incrementAndGet());
        return changes;
    }

    @Test
    void showingAgainWithNothingChangedKeepsEverythingAsItIs() {
        OverTimeViewModel overTime = cues.model.overTime();
        AtomicInteger checklist = changesOf(cues.model.cues());
        AtomicInteger persons = changesOf(cues.model.persons());
        AtomicInteger timeline = changesOf(overTime.timeline());
        CategoryChartData chart = overTime.chartProperty().get();

        cues.model.onShow();
        cues.model.onShow();

        assertEquals(0, checklist.get(), "the same cues: the checklist is not built again");
        assertEquals(0, persons.get());
        assertEquals(0, timeline.get());
        assertSame(chart, overTime.chartProperty().get(), "the same numbers: the chart is not drawn again");
        assertSame(cues.model.persons().get(0), cues.model.personProperty().get());
        assertEquals(1, overTime.timeline().size());
    }

    @Test
    void aCheckInAndSomeoneNewShowOnTheNextVisit() {
        OverTimeViewModel overTime = cues.model.overTime();
        CategoryChartData chart = overTime.chartProperty().get();
        cues.checkIns.add(new CheckInDraft(ada.id(), cues.clock.instant().minusSeconds(8 * 24 * 3600), "At home",
                "cards", java.util.List.of(new CheckInCue("relaxed-laugh", CueCategory.values()[0], "A laugh", null)),
                "", ""));
        Person ben = cues.addPerson("Ben");

        cues.model.onShow();

        assertEquals(2, overTime.timeline().size());
        assertTrue(!chart.equals(overTime.chartProperty().get()), "the new week is in the chart");
        assertTrue(cues.model.persons().contains(ben));
        assertEquals(ada.id(), cues.model.personProperty().get().id(), "Ada stays chosen");
    }
}
