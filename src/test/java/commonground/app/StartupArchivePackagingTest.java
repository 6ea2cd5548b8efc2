package commonground.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Linux package's start-up archive is made by postinst from a class list and used through a
 * launcher option set in the pom; these must agree, or the installed app silently starts slower.
 * postinst also puts {@code common-ground} on the PATH, and prerm takes it away.
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
        assertTrue(classes.contains("javafx/scene/Scene"), "the list covers JavaFX, now in the runtime");
    }

    @Test
    void javafxIsInTheRuntimeAsModulesAndTheJarsAreSlim() throws Exception {
        String pom = read("pom.xml");
        assertTrue(pom.contains("packaging/runtime.sh"), "the runtime is made by packaging/runtime.sh");
        assertTrue(pom.contains("<argument>--runtime-image</argument>"), "and given to jpackage");
        assertTrue(pom.matches("(?s).*<jpackage.modules>[^<]*javafx.controls[^<]*</jpackage.modules>.*"),
                "JavaFX's modules are linked into it");
        assertTrue(pom.contains("<excludeGroupIds>org.openjfx</excludeGroupIds>"), "and not copied onto the class path");
        assertTrue(pom.contains("packaging/slim-jars.sh"), "other systems' native libraries are taken out");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void theInstalledPackagePutsTheCommandOnThePathAndTakesItAwayAgain(@TempDir Path root) throws Exception {
        Path usrBin = Files.createDirectories(root.resolve("usr/bin"));
        Path opt = root.resolve("opt/common-ground");
        Files.createDirectories(opt.resolve("bin"));
        Files.writeString(opt.resolve("bin/Common Ground"), "#!/bin/sh\n");
        // The scripts as installed, pointed at a folder of the test's own instead of / .
        String postinst = read("packaging/linux/resources/postinst");
        String prerm = read("packaging/linux/resources/prerm");
        assertTrue(postinst.contains("ln -sfn \"/opt/common-ground/bin/Common Ground\" /usr/bin/common-ground"));
        assertTrue(prerm.contains("rm -f /usr/bin/common-ground"));
        Path link = usrBin.resolve("common-ground");
        assertEquals(0, runScript(root, postinst, "configure"));
        assertTrue(Files.isSymbolicLink(link), "postinst makes /usr/bin/common-ground");
        assertEquals(opt.resolve("bin/Common Ground").toString(), Files.readSymbolicLink(link).toString());
        assertEquals(0, runScript(root, prerm, "remove"));
        assertFalse(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS), "prerm removes it");

        Files.writeString(link, "someone else's command");
        assertEquals(0, runScript(root, prerm, "remove"));
        assertTrue(Files.exists(link), "a common-ground that is not our link is left alone");
    }

    private static int runScript(Path root, String script, String argument) throws Exception {
        String rooted = script.replace("/usr/bin/", root + "/usr/bin/")
                .replace("/opt/common-ground", root + "/opt/common-ground")
                .replace("DESKTOP_COMMANDS_INSTALL", ":").replace("DESKTOP_COMMANDS_UNINSTALL", ":")
                .replace("UTILITY_SCRIPTS", "");
        Path file = root.resolve("script");
        Files.writeString(file, rooted);
        Process p = new ProcessBuilder("sh", file.toString(), argument).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        int exit = p.waitFor();
        assertEquals("", output.strip(), "the script printed: " + output);
        return exit;
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
