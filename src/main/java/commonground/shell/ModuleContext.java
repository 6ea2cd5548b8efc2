package commonground.shell;

import commonground.content.Practices;
import commonground.storage.Database;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * What the composition root hands every feature: the database and its thread, dialogs, navigation
 * between modules, the practices (read while the window opens), the clock, and the clipboard for
 * private text (taken off again after a minute or on locking). Created once at
 * start; features build their repositories and view models from it.
 */
public record ModuleContext(Database database, DatabaseThread dbThread, Dialogs dialogs, Navigator navigator,
                            CompletableFuture<Practices> practices, Clock clock,
                            SecretClipboard clipboard) {
}
