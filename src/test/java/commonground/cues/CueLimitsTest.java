package commonground.cues;

import commonground.storage.Database;
import commonground.storage.SchemaLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cue module's limits on readable text agree with the schema's CHECK constraints. */
class CueLimitsTest {

    @Test
    void eachLimitIsTheOneTheSchemaChecks(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir.resolve(Database.FILE_NAME))) {
            assertEquals(List.of(CueText.MAX_SEEN, CueText.MAX_MEANING, CueText.MAX_NONVERBAL,
                            CueText.MAX_NOT_TO_SAY, CueText.MAX_ACKNOWLEDGEMENT, CueText.MAX_SEEN,
                            CheckInDraft.MAX_ACTIVITY),
                    List.of(SchemaLimits.maxChars(db, "user_cue", "seen"),
                            SchemaLimits.maxChars(db, "user_cue", "might_mean"),
                            SchemaLimits.maxChars(db, "user_cue", "nonverbal"),
                            SchemaLimits.maxChars(db, "user_cue", "not_to_say"),
                            SchemaLimits.maxChars(db, "user_cue_acknowledgement", "text"),
                            SchemaLimits.maxChars(db, "check_in_cue", "seen"),
                            SchemaLimits.maxChars(db, "check_in", "activity")));
        }
    }
}
