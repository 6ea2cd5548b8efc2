package commonground.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The app's name and version, from {@code app.properties}, which Maven fills in from the pom when
 * it copies the resources (so the jar, the packages and a source checkout all say the same).
 */
final class AppVersion {

    private static final String RESOURCE = "/commonground/app/app.properties";

    private AppVersion() {
    }

    /** The version, such as {@code 0.1.0}; "development" when the resource was not filled in. */
    static String version() {
        String v = properties().getProperty("version", "");
        return v.isBlank() || v.startsWith("${") ? "development" : v;
    }

    /** What {@code --version} prints: {@code Common Ground 0.1.0}. */
    static String nameAndVersion() {
        String name = properties().getProperty("name", "");
        return (name.isBlank() || name.startsWith("${") ? "Common Ground" : name) + " " + version();
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // The defaults above say "development".
        }
        return p;
    }
}
