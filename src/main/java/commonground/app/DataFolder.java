package commonground.app;

import commonground.storage.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where a profile's data lives, and making that folder ready (owner-only where the OS has modes). */
public final class DataFolder {

    private DataFolder() {
    }

    /**
     * The folder each OS expects: Linux {@code $XDG_DATA_HOME/common-ground} (else
     * {@code ~/.local/share/common-ground}); macOS {@code ~/Library/Application Support/Common Ground};
     * Windows {@code %APPDATA%\Common Ground}. {@code override} (from {@code --data-dir}) wins.
     */
    public static Path resolve(Optional<Path> override, String osName, Map<String, String> env, Path home) {
        if (override.isPresent()) {
            return override.get().toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return base.resolve("Common Ground");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return home.resolve("Library/Application Support/Common Ground");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("common-ground");
    }

    /** The folder for this machine and user. */
    public static Path resolve(Optional<Path> override) {
        return resolve(override, System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    /**
     * Creates the folder and its {@code tmp} and {@code backups} subfolders, owner-only.
     */
    public static void prepare(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException("There is a file where the data folder should be: " + folder);
        }
        PrivateFiles.folder(folder);
        PrivateFiles.folder(folder.resolve("tmp"));
        PrivateFiles.folder(folder.resolve("backups"));
    }

    /**
     * Points the SQLite native library's temporary files at the folder's {@code tmp} (a noexec
     * /tmp would stop it from loading). Set once per process, by the app and the command line:
     * the library reads it when it first loads.
     */
    public static void useForSqliteTemporaryFiles(Path folder) {
        System.setProperty("org.sqlite.tmpdir", folder.resolve("tmp").toString());
    }
}
