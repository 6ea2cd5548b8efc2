package commonground.shell;

import commonground.storage.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Small look-and-feel choices (theme, window place and size), kept in
 * {@code preferences.properties} in the data folder. Saved by writing a temporary file and
 * renaming it, so a crash never leaves half a file.
 */
public final class Preferences {

    private final Path file;
    private final Properties values = new Properties();

    private Preferences(Path file) {
        this.file = file;
    }

    /** Loads the preferences; a missing or unreadable file gives the defaults. */
    public static Preferences load(Path file) {
        Preferences p = new Preferences(file);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                System.getLogger(Preferences.class.getName()).log(System.Logger.Level.WARNING,
                        "The display preferences could not be read; the defaults are used", e);
                p.values.clear();
            }
        }
        return p;
    }

    public synchronized String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public synchronized double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public synchronized void put(String key, Object value) {
        values.setProperty(key, String.valueOf(value));
    }

    /** Writes the file. Call off the JavaFX thread. */
    public void save() throws IOException {
        Properties copy;
        synchronized (this) {
            copy = (Properties) values.clone();
        }
        PrivateFiles.write(file, out -> copy.store(out, "Common Ground preferences"));
    }
}
