package commonground.people;

import commonground.storage.Database;
import commonground.storage.SchemaLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A person's limits on readable text agree with the schema's CHECK constraints. */
class PersonLimitsTest {

    @Test
    void theNameLimitIsTheOneTheSchemaChecks(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir.resolve(Database.FILE_NAME))) {
            assertEquals(Person.MAX_NAME, SchemaLimits.maxChars(db, "person", "name"));
        }
    }
}
