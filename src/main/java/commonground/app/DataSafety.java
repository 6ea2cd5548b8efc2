package commonground.app;

import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.storage.Backups;
import commonground.storage.DataTransfer;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The user's backup actions: the daily backup at start, backing up now, and restoring a backup. */
final class DataSafety {

    private static final System.Logger LOG = System.getLogger(DataSafety.class.getName());


    private final Backups backups;
    private final DataTransfer transfer;
    private final Supplier<MarkdownExport> markdown;
    private final DatabaseThread dbThread;
    private final Dialogs dialogs;
    private final Supplier<Window> owner;
    private final Consumer<String> status;
    private final Runnable afterRestore;

    DataSafety(Backups backups, DataTransfer transfer, Supplier<MarkdownExport> markdown, DatabaseThread dbThread, Dialogs dialogs, Supplier<Window> owner,
               Consumer<String> status, Runnable afterRestore) {
        this.backups = backups;
        this.transfer = transfer;
        this.markdown = markdown;
        this.dbThread = dbThread;
        this.dialogs = dialogs;
        this.owner = owner;
        this.status = status;
        this.afterRestore = afterRestore;
    }

    /** Makes the day's automatic backup, if none was made today. */
    void dailyBackup() {
        dbThread.run(backups::dailyIfDue,
                made -> made.ifPresent(b -> LOG.log(System.Logger.Level.INFO, "Made the daily backup "
                        + b.file().getFileName())),
                error -> {
                    LOG.log(System.Logger.Level.WARNING, "The daily backup could not be made", error);
                    status.accept("Today's automatic backup could not be made: " + error.getMessage());
                });
    }

    void backupNow() {
        dbThread.run(backups::now, made -> status.accept("A backup was saved: " + made.file().getFileName()),
                error -> dialogs.inform("The backup was not made", error.getMessage()));
    }

    /** Lets the user pick a backup, asks, backs up the current data, then restores. */
    void restore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a backup to restore");
        if (backups.folder().toFile().isDirectory()) {
            chooser.setInitialDirectory(backups.folder().toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Common Ground data", "*.db"));
        java.io.File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            restore(file.toPath());
        }
    }

    void restore(Path file) {
        boolean go = dialogs.confirm("Restore this backup?", "Your data will be replaced by the backup "
                + file.getFileName() + ". Your current data is backed up first, so nothing is lost.", "Restore");
        if (!go) {
            return;
        }
        dbThread.run(() -> backups.restore(file), before -> {
            status.accept("The backup was restored. Your data as it was before is kept in "
                    + before.file().getFileName() + ".");
            afterRestore.run();
        }, error -> dialogs.inform("The backup was not restored", error.getMessage()));
    }

    /** Asks where to write the export, warning first that the file is readable by anyone who has it. */
    void exportAll() {
        boolean go = dialogs.confirm("Export everything?", "The export is one JSON file with everything you "
                + "have written here. It is not protected, even when the "
                + "privacy lock is on: anyone who has the file can read it. "
                + "Keep it somewhere private.", "Choose where to save");
        if (!go) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export everything");
        chooser.setInitialFileName("common-ground-export.json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        java.io.File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return;
        }
        dbThread.run(() -> {
            transfer.exportTo(file.toPath());
            return file.toPath();
        }, written -> status.accept("Everything was exported to " + written + "."),
                error -> dialogs.inform("The export was not written", error.getMessage()));
    }

    /** Writes notes and finished walkthroughs as Markdown files into a folder the user picks. */
    void exportMarkdown() {
        boolean go = dialogs.confirm("Write text files to read?", "Your notes and finished walkthroughs are written as "
                + "plain text files. They are not protected, even when the privacy lock is on: anyone who has the "
                + "files can read them. Keep them somewhere private.", "Choose a folder");
        if (!go) {
            return;
        }
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Choose a folder for the text files");
        java.io.File folder = chooser.showDialog(owner.get());
        if (folder == null) {
            return;
        }
        dbThread.run(() -> markdown.get().writeTo(folder.toPath()), written -> status.accept("Wrote "
                + written.notes() + " notes and " + written.walkthroughs() + " finished walkthroughs to " + folder
                + ". These files are not protected."),
                error -> dialogs.inform("The text files were not written", error.getMessage()));
    }

    /** Lets the user pick an export and adds what it holds. */
    void importFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import an export");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        java.io.File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            importFile(file.toPath());
        }
    }

    void importFile(Path file) {
        dbThread.run(() -> transfer.importFrom(file), result -> {
            status.accept("Imported " + result.totalAdded() + " records from " + file.getFileName()
                    + ". Records that were already here were left as they were.");
            afterRestore.run();
        }, error -> dialogs.inform("Nothing was imported", error.getMessage()));
    }

    static String describe(Backups.Backup backup) {
        return commonground.shell.Dates.dayAndTime(backup.madeAt());
    }
}
