package commonground.app;

import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app image gets per-system jpackage options from packaging/SYSTEM/jpackage-image.args: on
 * Windows a second launcher, common-ground.exe, that is a console program, so the command-line
 * tasks show their messages in the terminal. Every system needs the file, or its build stops.
 * (Windows itself is not built here; this checks what the build is given.)
 */
class ConsoleLauncherPackagingTest {

    private static String read(String path) throws Exception {
        return Files.readString(Path.of(path));
    }

    @Test
    void everySystemHasItsAppImageOptionsAndThePomPassesThem() throws Exception {
        for (String system : new String[] {"linux", "mac", "windows"}) {
            assertTrue(Files.isRegularFile(Path.of("packaging", system, "jpackage-image.args")),
                    system + " has packaging/" + system + "/jpackage-image.args");
        }
        String pom = read("pom.xml");
        assertTrue(pom.contains("<argument>@${project.build.directory}/jpackage-image.args</argument>"),
                "the app image step reads the file");
        assertTrue(pom.contains("<include>jpackage-image.args</include>"), "and it is copied for the system built on");
        assertTrue(pom.contains("<workingDirectory>${project.basedir}</workingDirectory>"),
                "jpackage runs in the project folder, where the file's relative path points");
    }

    @Test
    void windowsGetsAConsoleLauncherThatStaysOutOfTheMenus() throws Exception {
        Matcher launcher = Pattern.compile("(?m)^--add-launcher common-ground=(\\S+)$")
                .matcher(read("packaging/windows/jpackage-image.args"));
        assertTrue(launcher.find(), "a launcher named common-ground is added");
        Path properties = Path.of(launcher.group(1));
        assertTrue(Files.isRegularFile(properties), properties + " exists, relative to the project");
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(properties)) {
            p.load(in);
        }
        assertEquals("true", p.getProperty("win-console"), "it is a console program");
        assertEquals("false", p.getProperty("win-shortcut"), "no second desktop shortcut");
        assertEquals("false", p.getProperty("win-menu"), "no second Start menu entry");
        assertTrue(p.getProperty("main-class") == null && p.getProperty("java-options") == null,
                "it starts the app as the main launcher does, with the same options");
    }

    @Test
    void linuxAndMacAddNoLauncher() throws Exception {
        for (String system : new String[] {"linux", "mac"}) {
            String args = read("packaging/" + system + "/jpackage-image.args");
            assertTrue(args.lines().allMatch(line -> line.isBlank() || line.startsWith("#")),
                    system + " only has comments: " + args);
        }
    }
}
