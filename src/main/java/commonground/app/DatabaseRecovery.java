package commonground.app;

import commonground.shell.ShellModel;
import commonground.storage.Backups;
import commonground.storage.DataTransfer;
import commonground.storage.Database;
import commonground.storage.DatabaseOpenException;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What the window shows when the data file cannot be opened, and the ways back: moving an empty
 * file aside, or replacing a damaged file (kept, renamed) with the newest good backup.
 */
final class DatabaseRecovery {

    private static final System.Logger LOG = System.getLogger(DatabaseRecovery.class.getName());

    private final Database database;
    private final StackPane root;
    private final ShellModel shellModel;
    private final Consumer<Throwable> reportFailure;
    private final Runnable reopened;

    /** {@code reopened} shows the app again (or its unlock screen) once the data file is open. */
    DatabaseRecovery(Database database, StackPane root, ShellModel shellModel,
                     Consumer<Throwable> reportFailure, Runnable reopened) {
        this.database = database;
        this.root = root;
        this.shellModel = shellModel;
        this.reportFailure = reportFailure;
        this.reopened = reopened;
    }

    /** Shows what is wrong with the data file instead of the app, with the ways out that fit. */
    void show(Throwable error) {
        if (!(error instanceof DatabaseOpenException problem)) {
            reportFailure.accept(error);
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "The data file could not be opened: " + problem.reason(), problem);
        root.getChildren().setAll(new DatabaseProblemView(problem.getMessage(), problem.file(),
                problem.reason() == DatabaseOpenException.Reason.EMPTY_FILE, this::moveAsideAndStartFresh, Platform::exit));
        if (problem.reason() == DatabaseOpenException.Reason.CORRUPT) {
            Path backupsFolder = Backups.folderFor(database.file());
            CompletableFuture.supplyAsync(() -> Backups.newestGoodIn(backupsFolder))
                    .thenAccept(found -> Platform.runLater(() -> {
                        if (root.getChildren().get(0) instanceof DatabaseProblemView view) {
                            view.offerRecovery(found.map(b -> DataSafety.describe(b)),
                                    () -> found.ifPresent(b -> recoverFrom(b.file())), () -> salvage(view));
                        }
                    }));
        }
    }

    /** Moves the damaged file aside (never deleting it), puts the backup in its place and opens it. */
    private void recoverFrom(Path backup) {
        Path file = database.file();
        String stamp = stamp();
        replaceAndReopen(() -> {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path part = Path.of(file + suffix);
                if (Files.exists(part)) {
                    Files.move(part, Path.of(file + ".damaged-" + stamp + suffix));
                }
            }
            Files.copy(backup, file);
        }, "Your data was restored from the backup of " + backup.getFileName()
                + ". The damaged file was kept beside it, renamed.");
    }

    /**
     * Reads what can still be read from the damaged file (read-only) into an export file the user
     * chooses; it can be imported into a new profile from About.
     */
    private void salvage(DatabaseProblemView view) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Save what can still be read");
        chooser.setInitialFileName("common-ground-salvaged.json");
        java.io.File target = chooser.showSaveDialog(root.getScene().getWindow());
        if (target != null) {
            salvageTo(view, target.toPath());
        }
    }

    void salvageTo(DatabaseProblemView view, Path target) {
        view.showSalvageResult("Reading what can still be read…");
        CompletableFuture.supplyAsync(() -> DataTransfer.salvage(database.file(), target))
                .whenComplete((result, error) -> Platform.runLater(() -> view.showSalvageResult(error != null
                        ? Failures.unwrap(error).getMessage()
                        : result.records() + " records were saved to " + target + ". "
                        + (result.problems().isEmpty() ? "Everything could be read. "
                        : result.problems().size() + " part(s) could not be read in full. ")
                        + "The file is not protected; after restoring or starting fresh, About → Import brings it back.")));
    }

    /** For an empty file: renames it (keeping it) and starts a new data file. */
    private void moveAsideAndStartFresh() {
        Path file = database.file();
        Path aside = file.resolveSibling(file.getFileName() + ".empty-" + stamp());
        replaceAndReopen(() -> Files.move(file, aside),
                "The empty file was kept as " + aside.getFileName() + ". A new data file was started.");
    }

    /** File work that never deletes anything. */
    @FunctionalInterface
    private interface FileWork {
        void run() throws IOException;
    }

    /** On the database thread: does the file work, opens the database, then shows the app again. */
    private void replaceAndReopen(FileWork files, String doneMessage) {
        CompletableFuture.runAsync(() -> {
            try {
                files.run();
                database.openNow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DatabaseOpenException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, database.executor()).whenComplete((ok, error) -> Platform.runLater(() -> {
            if (error != null) {
                show(Failures.unwrap(error));
                return;
            }
            shellModel.statusProperty().set(doneMessage);
            reopened.run();
        }));
    }

    private static String stamp() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }
}
