package commonground.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;

/**
 * Reads what can still be read from a damaged database file, through a read-only connection (the
 * file is not changed), and writes it as an {@link ExportFormat export} that a new profile can
 * import. Sealed text stays sealed.
 */
final class DamagedFileSalvage {

    private DamagedFileSalvage() {
    }

    static DataTransfer.Salvage salvage(Path damaged, Path exportFile) {
        Properties props = new Properties();
        props.setProperty("open_mode", "1");
        List<String> problems = new ArrayList<>();
        ObjectNode root;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + damaged.toAbsolutePath(), props)) {
            root = DataExport.tree(c, problems, null);
        } catch (SQLException e) {
            throw new StorageException("Nothing could be read from the damaged file (" + e.getMessage() + ").", e, 11);
        }
        int records = 0;
        for (Iterator<JsonNode> it = root.get("tables").elements(); it.hasNext(); ) {
            records += it.next().size();
        }
        try {
            ExportFormat.mapper().writeValue(exportFile.toFile(), root);
        } catch (IOException e) {
            throw new StorageException("What could be read was not written (" + e.getMessage() + ").", e, 0);
        }
        return new DataTransfer.Salvage(records, List.copyOf(problems));
    }
}
