package commonground.app;

import commonground.shell.PassphraseStrength;
import commonground.storage.Database;
import commonground.storage.sync.SyncEngine;
import commonground.storage.sync.SyncException;
import commonground.storage.sync.SyncReport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** {@code --sync-start}, {@code --sync-join} and {@code --sync-now}, run by {@link CommandLineTasks}. */
final class SyncCommand {

    /** The command line cannot turn the lock on, nor sync with it on: the app does both. */
    static final String LOCK_BY_APP = "The command line cannot sync a computer whose lock is on: open the app, turn "
            + "the lock on in Privacy, and sync from the Sync page.";

    private SyncCommand() {
    }

    static boolean asked(Options options) {
        return options.syncStart().isPresent() || options.syncJoin().isPresent() || options.syncNow();
    }

    static int run(Database db, Options options, PrintStream out, PrintStream err) {
        if (db.isLockEnabled()) {
            err.println("Your data is locked with a passphrase, so it cannot be synced from the command line. Open "
                    + "the app, unlock it, and use Sync. Nothing was changed.");
            return CommandLineTasks.FAILED;
        }
        SyncEngine engine = SyncTables.registerAll(new SyncEngine(db));
        try {
            SyncReport report;
            if (options.syncStart().isPresent() || options.syncJoin().isPresent()) {
                char[] passphrase = readPassphrase(options.passphraseFile().orElseThrow());
                PassphraseStrength strength = PassphraseStrength.of(java.nio.CharBuffer.wrap(passphrase));
                if (options.syncStart().isPresent()
                        && (strength == PassphraseStrength.TOO_SHORT || strength == PassphraseStrength.WEAK)) {
                    Arrays.fill(passphrase, '\0');
                    err.println("That sync passphrase would be easy to guess, and the folder may be kept by a sync "
                            + "service. Three or four unrelated words, like a small sentence only you would write, "
                            + "work well. Nothing was changed.");
                    return CommandLineTasks.FAILED;
                }
                try {
                    report = options.syncStart().isPresent()
                            ? engine.start(options.syncStart().get(), passphrase, computerName())
                            : engine.join(options.syncJoin().get(), passphrase, computerName());
                } finally {
                    Arrays.fill(passphrase, '\0');
                }
                out.println((options.syncStart().isPresent() ? "Started syncing through " : "Joined the sync in ")
                        + (options.syncStart().isPresent() ? options.syncStart() : options.syncJoin()).get()
                        .toAbsolutePath());
            } else {
                report = engine.syncNow();
            }
            out.println("Sent " + report.published() + " changed records; brought in " + report.filesApplied()
                    + " files from other computers.");
            report.problems().forEach(err::println);
            if (report.lockNeeded()) {
                err.println(LOCK_BY_APP);
            }
            return report.reachedFolder() && !report.lockNeeded() ? 0 : CommandLineTasks.FAILED;
        } catch (SyncException e) {
            err.println(e.getMessage() + (e.isLockNeeded() ? " " + LOCK_BY_APP : ""));
            return CommandLineTasks.FAILED;
        } catch (IOException e) {
            err.println("The passphrase file could not be read (" + e.getMessage() + "). Nothing was changed.");
            return CommandLineTasks.FAILED;
        }
    }

    /** The first line of {@code file}. */
    private static char[] readPassphrase(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null || line.isEmpty()) {
                throw new IOException("its first line is empty");
            }
            return line.toCharArray();
        }
    }

    /** What other computers see this one as; the system's name for it where it gives one. */
    static String computerName() {
        String name = System.getenv("COMPUTERNAME");
        if (name == null || name.isBlank()) {
            name = System.getenv("HOSTNAME");
        }
        return name == null || name.isBlank() ? "A computer" : name;
    }
}
