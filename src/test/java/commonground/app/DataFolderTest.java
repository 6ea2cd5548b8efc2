package commonground.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/robin");

    @Test
    void linuxUsesXdgDataHomeOrTheUsualFallback() {
        assertEquals(Path.of("/data/xdg/common-ground"),
                DataFolder.resolve(Optional.empty(), "Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), HOME));
        assertEquals(HOME.resolve(".local/share/common-ground"),
                DataFolder.resolve(Optional.empty(), "Linux", Map.of(), HOME));
        assertEquals(HOME.resolve(".local/share/common-ground"),
                DataFolder.resolve(Optional.empty(), "Linux", Map.of("XDG_DATA_HOME", "relative/path"), HOME),
                "a relative XDG_DATA_HOME is ignored, as the spec says");
    }

    @Test
    void macAndWindowsUseTheirOwnPlaces() {
        assertEquals(HOME.resolve("Library/Application Support/Common Ground"),
                DataFolder.resolve(Optional.empty(), "Mac OS X", Map.of(), HOME));
        assertEquals(Path.of("C:/Users/robin/AppData/Roaming").resolve("Common Ground"),
                DataFolder.resolve(Optional.empty(), "Windows 11", Map.of("APPDATA", "C:/Users/robin/AppData/Roaming"),
                        HOME));
    }

    @Test
    void dataDirOverridesEverything() {
        assertEquals(Path.of("/tmp/elsewhere"), DataFolder.resolve(Optional.of(Path.of("/tmp/elsewhere")),
                "Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), HOME));
    }

    @Test
    void theFolderIsCreatedOwnerOnly(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("a/b/common-ground");
        DataFolder.prepare(folder);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertTrue(Files.isDirectory(folder.resolve("tmp")));
    }

    @Test
    void sqliteTemporaryFilesGoToTheDataFolderOnlyWhenAsked(@TempDir Path tmp) throws Exception {
        String before = System.getProperty("org.sqlite.tmpdir");
        Path folder = tmp.resolve("common-ground");
        try {
            DataFolder.prepare(folder);
            assertEquals(before, System.getProperty("org.sqlite.tmpdir"), "preparing a folder changes nothing global");
            DataFolder.useForSqliteTemporaryFiles(folder);
            assertEquals(folder.resolve("tmp").toString(), System.getProperty("org.sqlite.tmpdir"));
        } finally {
            if (before == null) {
                System.clearProperty("org.sqlite.tmpdir");
            } else {
                System.setProperty("org.sqlite.tmpdir", before);
            }
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsReported(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        var e = assertThrows(java.io.IOException.class, () -> DataFolder.prepare(file));
        assertTrue(e.getMessage().contains("file where the data folder should be"));
    }

    @Test
    void everyFileAndFolderTheAppKeepsBesideTheDataIsOwnerOnly(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("common-ground");
        Files.createDirectories(folder.resolve("tmp"));
        Files.setPosixFilePermissions(folder.resolve("tmp"), PosixFilePermissions.fromString("rwxr-xr-x"));
        DataFolder.prepare(folder);
        commonground.shell.Preferences preferences = commonground.shell.Preferences.load(folder.resolve("preferences.properties"));
        preferences.put("theme", "DARK");
        preferences.save();
        try (InstanceLock lock = InstanceLock.tryAcquire(folder).orElseThrow()) {
            for (String name : new String[] {"tmp", "backups"}) {
                assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(name))),
                        name + "/ is the user's alone, even when it was made before this rule");
            }
            for (String name : new String[] {"preferences.properties", InstanceLock.FILE_NAME}) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(name))),
                        name);
            }
            assertTrue(Files.notExists(folder.resolve("preferences.properties.tmp")), "no temporary file is left");
        }
    }

    @Test
    void aPlanOrExportWrittenByTheAppIsOwnerOnlyAndReplacesTheOldOneWhole(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("plan.md");
        Files.writeString(file, "an older, longer plan that was readable by everyone");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        commonground.storage.PrivateFiles.writeString(file, "My plan");
        assertEquals("My plan", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.notExists(tmp.resolve("plan.md.tmp")));
    }
}
