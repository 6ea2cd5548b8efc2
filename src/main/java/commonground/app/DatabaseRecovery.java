package commonground.app;

import commonground.shell.ShellModel;
import commonground.shell.ShellView;
import commonground.storage.Backups;
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

    private final Database database;
    private final StackPane root;
    private final ShellView shellView;
    private final ShellModel shellModel;
    private final Consumer<Throwable> reportFailure;

    DatabaseRecovery(Database database, StackPane root, ShellView shellView, ShellModel shellModel,
                     Consumer<Throwable> reportFailure) {
        this.database = database;
        this.root = root;
        this.shellView = shellView;
        this.shellModel = shellModel;
        this.reportFailure = reportFailure;
    }

    /** Shows what is wrong with the data file instead of the app, with the ways out that fit. */
    void show(Throwable error) {
        if (!(error instanceof DatabaseOpenException problem)) {
            reportFailure.accept(error);
            return;
        }
        root.getChildren().setAll(new DatabaseProblemView(problem, this::moveAsideAndStartFresh, Platform::exit));
        if (problem.reason() == DatabaseOpenException.Reason.CORRUPT) {
            Path backupsFolder = Backups.folderFor(database.file());
            CompletableFuture.supplyAsync(() -> Backups.newestGoodIn(backupsFolder))
                    .thenAccept(found -> Platform.runLater(() -> {
                        if (root.getChildren().get(0) instanceof DatabaseProblemView view) {
                            view.offerRecovery(found.map(b -> DataSafety.describe(b)),
                                    () -> found.ifPresent(b -> recoverFrom(b.file())));
                        }
                    }));
        }
    }

    /** Moves the damaged file aside (never deleting it), puts the backup in its place and opens it. */
    private void recoverFrom(Path backup) {
        Path file = database.file();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        CompletableFuture.runAsync(() -> {
            try {
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Path part = Path.of(file + suffix);
                    if (Files.exists(part)) {
                        Files.move(part, Path.of(file + ".damaged-" + stamp + suffix));
                    }
                }
                Files.copy(backup, file);
                database.openNow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DatabaseOpenException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, database.executor()).whenComplete((ok, error) -> Platform.runLater(() -> {
            if (error != null) {
                show(CommonGroundApp.unwrap(error));
                return;
            }
            root.getChildren().setAll(shellView);
            shellModel.statusProperty().set("Your data was restored from the backup of "
                    + backup.getFileName() + ". The damaged file was kept beside it, renamed.");
            shellModel.getSelected().onShow();
        }));
    }

    /** For an empty file: renames it (keeping it) and starts a new data file. */
    private void moveAsideAndStartFresh() {
        Path file = database.file();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(file.getFileName() + ".empty-" + stamp);
        CompletableFuture.runAsync(() -> {
            try {
                Files.move(file, aside);
                database.openNow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DatabaseOpenException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, database.executor()).whenComplete((ok, error) -> Platform.runLater(() -> {
            if (error != null) {
                show(CommonGroundApp.unwrap(error));
                return;
            }
            root.getChildren().setAll(shellView);
            shellModel.statusProperty().set("The empty file was kept as " + aside.getFileName()
                    + ". A new data file was started.");
            shellModel.getSelected().onShow();
        }));
    }
}
