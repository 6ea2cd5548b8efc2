package commonground.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Linux package's start-up archive is made by postinst from a class list and used through a
 * launcher option set in the pom; these must agree, or the installed app silently starts slower.
 */
class StartupArchivePackagingTest {

    private static final String ARCHIVE = "common-ground.jsa";

    private static String read(String path) throws Exception {
        return Files.readString(Path.of(path));
    }

    @Test
    void theLauncherTheInstallScriptsAndTheClassListAgree() throws Exception {
        assertTrue(read("pom.xml").contains("-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE),
                "the app image's launcher looks for the archive");
        String postinst = read("packaging/linux/resources/postinst");
        assertTrue(postinst.contains("-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE), "postinst makes that archive");
        assertTrue(postinst.contains("-XX:SharedClassListFile=$APPDIR/startup-classes.lst"));
        assertTrue(postinst.contains("DESKTOP_COMMANDS_INSTALL"), "jpackage's own install steps are kept");
        String prerm = read("packaging/linux/resources/prerm");
        assertTrue(prerm.contains("rm -f \"/opt/common-ground/lib/app/" + ARCHIVE + "\""), "prerm removes it");
        assertTrue(prerm.contains("DESKTOP_COMMANDS_UNINSTALL"), "jpackage's own removal steps are kept");
        assertTrue(read("packaging/linux/jpackage-os.args").contains("packaging/linux/resources"));
        List<String> classes = Files.readAllLines(Path.of("packaging/startup-classes.lst"));
        assertTrue(classes.contains("commonground/app/Launcher"), "the list covers the app's start");
        assertTrue(classes.contains("commonground/shell/ShellView"), "the list covers the first window");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void theInstallScriptsAreValidShell() throws Exception {
        for (String script : List.of("packaging/linux/resources/postinst", "packaging/linux/resources/prerm")) {
            Process check = new ProcessBuilder("sh", "-n", script).redirectErrorStream(true).start();
            String output = new String(check.getInputStream().readAllBytes());
            assertEquals(0, check.waitFor(), script + ": " + output);
        }
    }
}
