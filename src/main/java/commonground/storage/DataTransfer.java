package commonground.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything the user has, to and from one JSON file (format described in {@code docs/export-format.md}
 * and {@link ExportFormat}): {@link DataExport export}, {@link DataImport import} that merges without
 * duplicates, and {@link DamagedFileSalvage salvage} of a damaged file.
 */
public final class DataTransfer {

    /** Exports larger than this are refused before reading. */
    public static final long MAX_IMPORT_BYTES = ExportFormat.MAX_IMPORT_BYTES;

    /** What an import did, per table. */
    public record ImportResult(Map<String, Integer> added, Map<String, Integer> alreadyThere) {
        public int totalAdded() {
            return added.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** What a salvage got out of a damaged file. */
    public record Salvage(int records, List<String> problems) {
    }

    private final Database db;

    public DataTransfer(Database db) {
        this.db = db;
    }

    /** Writes the whole profile to {@code file} (through a temporary file, renamed into place). */
    public void exportTo(Path file) {
        DataExport.write(db, file);
    }

    /** Reads an export and adds what is not there yet. On any problem nothing is changed. */
    public ImportResult importFrom(Path file) {
        return new DataImport(db).importFrom(file);
    }

    /**
     * Reads what can still be read from a damaged database file (opened read-only; the file is not
     * changed) and writes it as an export, which can be imported into a new profile.
     */
    public static Salvage salvage(Path damaged, Path exportFile) {
        return DamagedFileSalvage.salvage(damaged, exportFile);
    }
}
