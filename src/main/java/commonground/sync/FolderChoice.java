package commonground.sync;

import commonground.shell.Dialogs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The shared folder as typed or picked on the Sync page: a problem is said plainly, and when a
 * sync is started into a folder that is not there yet, it is made if the user agrees.
 */
final class FolderChoice {

    private FolderChoice() {
    }

    /** The folder {@code typed}, or null after saying to {@code problem} why it cannot be used. */
    static Path of(String typed, boolean starting, Dialogs dialogs, Consumer<String> problem) {
        String text = typed.strip();
        if (text.isEmpty()) {
            problem.accept("Please choose the folder your computers share (in Syncthing, Dropbox, iCloud Drive, "
                    + "OneDrive or Nextcloud, or on a USB stick).");
            return null;
        }
        try {
            Path p = Path.of(text);
            if (Files.exists(p) && !Files.isDirectory(p)) {
                problem.accept("That is a file, not a folder: " + text);
                return null;
            }
            if (!Files.isDirectory(p) && starting && p.isAbsolute()) {
                if (!dialogs.confirm("Make this folder?", "The folder " + text + " is not there yet. Make it, and "
                        + "start syncing into it?", "Make it")) {
                    return null;
                }
                try {
                    Files.createDirectories(p); // with any folders above it that are not there yet
                } catch (IOException e) {
                    problem.accept("That folder could not be made (" + e.getMessage() + "). Please choose another.");
                    return null;
                }
            }
            if (!Files.isDirectory(p)) {
                problem.accept("That folder is not there: " + text + (starting ? "" : ". Please choose the folder "
                        + "your other computer syncs into, as this computer sees it."));
                return null;
            }
            return p;
        } catch (InvalidPathException e) {
            problem.accept("That is not a folder name this computer can use: " + text);
            return null;
        }
    }
}
