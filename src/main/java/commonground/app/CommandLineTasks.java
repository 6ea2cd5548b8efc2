package commonground.app;

import commonground.content.ContentException;
import commonground.content.Practices;
import commonground.scenarios.Scenario;
import commonground.scenarios.ScenarioCheck;
import commonground.scenarios.ScenarioLibrary;
import commonground.storage.Backups;
import commonground.storage.DataTransfer;
import commonground.storage.DatabaseDiagnostics;
import commonground.storage.Database;
import commonground.reflection.NoteRepository;
import commonground.scenarios.ScenarioRepository;
import commonground.storage.DatabaseOpenException;
import commonground.storage.sync.SyncEngine;
import commonground.storage.StorageException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The command-line options that do their work and exit without opening a window. Each prints a
 * clear message and returns 0 on success, non-zero on failure.
 */
final class CommandLineTasks {

    /** Returned when the options ask for the window rather than a task. */
    static final int NOT_A_TASK = -1;
    static final int FAILED = 1;

    private CommandLineTasks() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        if (options.version()) {
            out.println(AppVersion.nameAndVersion());
            return 0;
        }
        if (options.checkScenario().isPresent()) {
            return checkScenario(options.checkScenario().get(), out, err);
        }
        if (options.checkPractice().isPresent()) {
            return PracticeCheckTask.run(options.checkPractice().get(), out, err);
        }
        boolean dataTask = options.backup().isPresent() || options.restore().isPresent() || options.check()
                || options.exportJson().isPresent() || options.importJson().isPresent()
                || options.exportMarkdown().isPresent() || SyncCommand.asked(options);
        if (!dataTask) {
            return NOT_A_TASK;
        }
        Path folder = DataFolder.resolve(options.dataDir());
        try {
            DataFolder.prepare(folder);
            DataFolder.useForSqliteTemporaryFiles(folder);
        } catch (IOException e) {
            err.println(e.getMessage());
            return FAILED;
        }
        Optional<InstanceLock> lock;
        try {
            lock = InstanceLock.tryAcquire(folder);
        } catch (IOException e) {
            err.println("The data folder could not be locked: " + e.getMessage());
            return FAILED;
        }
        if (lock.isEmpty()) {
            err.println("Common Ground is open with this data folder. Please close it first, then try again. ("
                    + folder + ")");
            return FAILED;
        }
        try (InstanceLock held = lock.get(); Database db = Database.open(folder.resolve(Database.FILE_NAME))) {
            // A migration may have rebuilt synced tables: their change triggers go back before anything is written.
            SyncTables.registerAll(new SyncEngine(db)).resume();
            Backups backups = new Backups(db);
            if (db.isLockEnabled() && (options.importJson().isPresent() || options.exportJson().isPresent()
                    || options.exportMarkdown().isPresent())) {
                err.println("Your data is locked with a passphrase, so it cannot be exported or imported from the "
                        + "command line. Open the app, unlock it, and use About. Nothing was changed.");
                return FAILED;
            }
            if (options.backup().isPresent()) {
                Path target = options.backup().get();
                backups.writeTo(target);
                out.println("Backed up your data to " + target.toAbsolutePath());
            }
            if (options.restore().isPresent()) {
                Backups.Backup before = backups.restore(options.restore().get());
                out.println("Restored your data from " + options.restore().get().toAbsolutePath());
                out.println("Your data as it was just before is kept in " + before.file());
            }
            if (options.importJson().isPresent()) {
                DataTransfer.ImportResult result = new DataTransfer(db).importFrom(options.importJson().get());
                out.println("Imported " + result.totalAdded() + " records from " + options.importJson().get()
                        + " (records already here were left as they were).");
            }
            if (options.exportJson().isPresent()) {
                new DataTransfer(db).exportTo(options.exportJson().get());
                out.println("Exported everything to " + options.exportJson().get().toAbsolutePath());
                out.println("The file is not encrypted: anyone who has it can read it.");
            }
            if (options.exportMarkdown().isPresent()) {
                Path markdownFolder = options.exportMarkdown().get();
                Practices practices = Practices.load();
                MarkdownExport.Written written = new MarkdownExport(new NoteRepository(db), new ScenarioRepository(db),
                        new ScenarioLibrary(new ScenarioRepository(db), () -> practices), practices).writeTo(markdownFolder);
                out.println("Wrote " + written.notes() + " notes and " + written.walkthroughs()
                        + " finished walkthroughs as Markdown in " + markdownFolder.toAbsolutePath());
            }
            if (SyncCommand.asked(options)) {
                int result = SyncCommand.run(db, options, out, err);
                if (result != 0) {
                    return result;
                }
            }
            if (options.check()) {
                return check(db, folder, out);
            }
            return 0;
        } catch (DatabaseOpenException | ContentException | IOException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (StorageException e) {
            err.println(e.getMessage());
            return FAILED;
        }
    }

    /** Checks a scenario file as an import would, printing each problem; 0 when it is valid. */
    private static int checkScenario(Path file, PrintStream out, PrintStream err) {
        ScenarioCheck check;
        try {
            check = ScenarioLibrary.validatorFor(Practices.load()).checkFile(file);
        } catch (ContentException e) {
            err.println(e.getMessage());
            return FAILED;
        }
        if (check.valid()) {
            Scenario s = check.scenario().orElseThrow();
            out.println(file + ": valid. \"" + s.title() + "\", version " + s.version() + ", " + s.steps().size()
                    + " steps.");
            return 0;
        }
        check.problems().forEach(err::println);
        err.println(check.problems().size() + (check.problems().size() == 1 ? " problem" : " problems")
                + " found; this file would not be imported.");
        return FAILED;
    }

    private static int check(Database db, Path folder, PrintStream out) {
        DatabaseDiagnostics diagnostics = new DatabaseDiagnostics(db);
        String integrity = diagnostics.integrityCheck();
        out.println("Data folder: " + folder);
        out.println("Data version: " + diagnostics.schemaVersion());
        out.println("Integrity: " + integrity);
        for (Map.Entry<String, Long> e : diagnostics.rowCounts().entrySet()) {
            out.println("  " + e.getKey() + ": " + e.getValue());
        }
        return "ok".equals(integrity) ? 0 : FAILED;
    }
}
