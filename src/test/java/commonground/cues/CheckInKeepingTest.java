package commonground.cues;

import commonground.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check-in being filled in is kept as it is typed and comes back after a restart; saving it
 * forgets what was kept; a new check-in is dated when the form is shown, not when it was emptied.
 */
class CheckInKeepingTest {

    @TempDir
    Path dir;
    CuesFixture cues;
    Person mum;
    Person dad;

    @BeforeEach
    void open() throws Exception {
        cues = new CuesFixture(dir);
        mum = cues.addPerson("Mum");
        dad = cues.addPerson("Dad");
        cues.reload();
    }

    @AfterEach
    void close() {
        cues.close();
    }

    /** A new app over the same data folder: the screen opened again. */
    private CuesFixture restart() throws Exception {
        cues.close();
        cues = new CuesFixture(dir);
        return cues.reload();
    }

    private long draftsStored() {
        return cues.db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM check_in_draft")) {
                return rs.getLong(1);
            }
        });
    }

    @Test
    void aCheckInTypedButNotSavedComesBackAfterARestartWithItsPerson() throws Exception {
        cues.model.personProperty().set(cues.model.persons().stream().filter(p -> p.id() == dad.id())
                .findFirst().orElseThrow());
        CheckInViewModel form = cues.model.checkIn();
        form.timeProperty().set("17:10");
        form.contextProperty().set("Hospital visit");
        form.tick("tearing-up", true);
        form.setIntensity("tearing-up", 2);
        form.noteProperty().set("He held my hand.\nThen he slept.");
        assertEquals(0, draftsStored(), "kept once typing pauses");
        cues.pauses.advance(CheckInKeeper.DELAY.toMillis());
        assertEquals(1, draftsStored());

        CheckInViewModel again = restart().model.checkIn();
        assertEquals("Dad", cues.model.personProperty().get().name(), "the person it is about is chosen");
        assertEquals("Hospital visit", again.contextProperty().get());
        assertEquals("He held my hand.\nThen he slept.", again.noteProperty().get());
        assertEquals(Map.of("tearing-up", 2), again.ticked());
        assertEquals("17:10", again.timeProperty().get(), "the time as the user had it");
        assertEquals(LocalDate.from(CuesFixture.NOW), again.dateProperty().get());
        assertEquals("Your unsaved check-in about Dad is here as you left it.", again.messageProperty().get());

        again.save();
        assertTrue(again.messageProperty().get().startsWith("Saved for Dad"), again.messageProperty().get());
        assertEquals(0, draftsStored(), "saved: nothing is kept any more");
        assertEquals(1, cues.checkIns.forPerson(dad.id()).size());
        CheckInViewModel empty = restart().model.checkIn();
        assertEquals("", empty.contextProperty().get());
        assertTrue(empty.ticked().isEmpty());
    }

    @Test
    void leavingThePageKeepsWhatWasTypedAtOnce() throws Exception {
        cues.model.checkIn().contextProperty().set("Phone call");
        cues.model.flush(); // leaving the page or closing the app, before the pause ends
        assertEquals(1, draftsStored());
        assertEquals("Phone call", restart().model.checkIn().contextProperty().get());
    }

    @Test
    void emptyingTheFormForgetsWhatWasKept() throws Exception {
        CheckInViewModel form = cues.model.checkIn();
        form.contextProperty().set("Phone call");
        cues.model.flush();
        form.contextProperty().set("");
        cues.model.flush();
        assertEquals(0, draftsStored());
    }

    @Test
    void aNewCheckInIsDatedWhenTheFormIsShownNotWhenItWasEmptied() throws Exception {
        CheckInViewModel form = cues.model.checkIn();
        assertEquals("18:45", form.timeProperty().get());
        cues.clock.advance(Duration.ofHours(2).plusMinutes(5));
        cues.model.onShow();
        assertEquals("20:50", form.timeProperty().get(), "shown again later: now");

        cues.clock.advance(Duration.ofHours(4)); // past midnight
        cues.model.tabProperty().set(CuesTab.OVER_TIME);
        cues.model.tabProperty().set(CuesTab.CHECK_IN);
        assertEquals("00:50", form.timeProperty().get());
        assertEquals(LocalDate.from(CuesFixture.NOW).plusDays(1), form.dateProperty().get());

        form.timeProperty().set("19:00"); // the user's own time is never moved
        cues.clock.advance(Duration.ofMinutes(30));
        cues.model.onShow();
        assertEquals("19:00", form.timeProperty().get());
    }
}
