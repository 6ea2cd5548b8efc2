package commonground.storage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The limits on sealed text are declared once, in {@link SealedColumn}, and checked in Java before
 * sealing; the schema checks readable text with its own {@code CHECK}s. This keeps the two in step.
 */
class SealedColumnLimitsTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void eachSealedColumnsLimitIsTheOneItsCheckConstraintSets() {
        List<String> disagreeing = new ArrayList<>();
        for (SealedColumn col : SealedColumn.values()) {
            int inSchema = SchemaLimits.maxChars(db, col.table(), col.column());
            if (inSchema != col.maxChars()) {
                disagreeing.add(col + ": " + col.maxChars() + " declared, " + inSchema + " in the schema");
            }
        }
        assertEquals(List.of(), disagreeing);
    }

    @Test
    void everyColumnTheSchemaLetsHoldSealedTextIsASealedColumn() {
        Set<String> inSchema = new TreeSet<>();
        for (String table : tables()) {
            SchemaLimits.sealable(db, table).forEach(col -> inSchema.add(table + "." + col));
        }
        Set<String> declared = new TreeSet<>();
        for (SealedColumn col : SealedColumn.values()) {
            declared.add(col.table() + "." + col.column());
        }
        assertEquals(declared, inSchema);
    }

    private List<String> tables() {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema "
                    + "WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE 'sqlite_%'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }
}
