package commonground.cues;

import commonground.storage.Database;
import commonground.storage.DatabaseDiagnostics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Custom cues: added, changed, retired and restored; malformed ones refused with nothing saved. */
class UserCueRepositoryTest {

    @TempDir
    Path dir;
    Database db;
    UserCueRepository cues;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("common-ground.db"));
        cues = new UserCueRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static CueText text(String seen, List<String> acks) {
        return new CueText(CueCategory.HANDS, seen, "They may be thinking it over.", acks,
                "Hand them a mug of tea.", "Stop that.");
    }

    @Test
    void aCustomCueIsAddedChangedRetiredAndRestored() {
        String key = cues.add(text("Drumming fingers", List.of("Take your time.", "I'm here.")));
        assertTrue(key.startsWith(Cue.USER_PREFIX));
        Cue cue = cues.all().get(0);
        assertEquals(key, cue.key());
        assertEquals(List.of("Take your time.", "I'm here."), cue.text().acknowledgements());
        assertEquals("Hand them a mug of tea.", cue.text().nonverbal());
        assertTrue(cue.custom());
        assertFalse(cue.retired());

        cues.update(key, text("Tapping fingers", List.of("No rush.")));
        assertEquals("Tapping fingers", cues.all().get(0).seen());
        assertEquals(List.of("No rush."), cues.all().get(0).text().acknowledgements());

        cues.setRetired(key, true);
        assertTrue(cues.all().get(0).retired());
        cues.setRetired(key, false);
        assertFalse(cues.all().get(0).retired());
    }

    @Test
    void aMalformedCustomCueIsRefusedWithAClearMessageAndNothingIsSaved() {
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> cues.add(text("Tapping", List.of("a", "b", "c", "d"))));
        assertTrue(tooMany.getMessage().contains("3 acknowledgements or fewer"), tooMany.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> cues.add(text("   ", List.of("a"))));
        assertTrue(empty.getMessage().contains("what you see"), empty.getMessage());
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
                () -> cues.add(text("x".repeat(5000), List.of("a"))));
        assertTrue(huge.getMessage().contains("120 characters"), huge.getMessage());
        assertEquals(0L, new DatabaseDiagnostics(db).rowCounts().get("user_cue"));
        assertEquals(0L, new DatabaseDiagnostics(db).rowCounts().get("user_cue_acknowledgement"));

        String key = cues.add(text("Tapping", List.of("ok")));
        assertThrows(IllegalArgumentException.class, () -> cues.update(key, text("", List.of("ok"))));
        assertEquals("Tapping", cues.all().get(0).seen());
    }
}
