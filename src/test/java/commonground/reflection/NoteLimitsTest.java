package commonground.reflection;

import commonground.storage.Database;
import commonground.storage.SchemaLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The limits on notes agree with the schema's CHECK constraints. */
class NoteLimitsTest {

    @Test
    void theTagLimitIsTheOneTheSchemaChecks(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir.resolve(Database.FILE_NAME))) {
            assertEquals(NoteText.MAX_TAG, SchemaLimits.maxChars(db, "note_tag", "tag"));
        }
    }
}
