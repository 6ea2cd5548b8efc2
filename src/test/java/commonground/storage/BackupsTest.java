package commonground.storage;

import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupsTest {

    @TempDir
    Path dir;
    TestClock clock = TestClock.at("2026-11-01T09:00:00Z");
    Database db;
    PeopleRepository people;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME), clock);
        people = new PeopleRepository(db);
        people.add("Rosa", Relationship.PARENT, "Sunday calls");
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The backups of {@code db}, with its clock moved to {@code isoLocal} (UTC). */
    private Backups at(String isoLocal) {
        clock.set(LocalDateTime.parse(isoLocal).toInstant(ZoneOffset.UTC));
        return new Backups(db);
    }

    @Test
    void aBackupIsACheckedCopyThatOpensWithTheSameData() throws Exception {
        Backups.Backup b = new Backups(db).now();
        assertTrue(Files.exists(b.file()));
        assertEquals("ok", Backups.integrityCheck(b.file()));
        try (var files = Files.list(b.file().getParent())) {
            java.util.List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertEquals(java.util.List.of(b.file().getFileName().toString()), names,
                    "the backup is one file: no temporary, -wal or -shm file is left beside it");
        }
        if (PrivateFiles.hasModes()) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(b.file())), "a backup is readable by the user alone");
        }
        Path copy = dir.resolve("elsewhere").resolve(Database.FILE_NAME);
        Files.createDirectories(copy.getParent());
        Files.copy(b.file(), copy);
        try (Database restored = Database.open(copy)) {
            assertEquals("Rosa", new PeopleRepository(restored).active().get(0).name());
        }
    }

    @Test
    void theDailyBackupIsMadeAtMostOnceADay() {
        Backups morning = at("2026-11-20T08:00:00");
        assertTrue(morning.dailyIfDue().isPresent());
        Backups evening = at("2026-11-20T21:30:00");
        assertTrue(evening.dailyIfDue().isEmpty());
        Backups nextDay = at("2026-11-21T07:00:00");
        assertTrue(nextDay.dailyIfDue().isPresent());
        assertEquals(2, nextDay.list().size());
    }

    @Test
    void keepsTheLastSevenDaysAndFourWeeks() {
        LocalDateTime start = LocalDateTime.parse("2026-09-01T09:00:00");
        for (int day = 0; day < 60; day++) {
            at(start.plusDays(day).toString()).dailyIfDue();
        }
        Backups.Backup manual = at(start.toString()).now();
        List<Backups.Backup> kept = new Backups(db).list();
        LocalDateTime newest = start.plusDays(59);
        // 7 daily backups, plus the newest of the 3 weeks before those days (the newest week is already counted).
        assertTrue(kept.size() >= 8 && kept.size() <= 12, "kept " + kept.size());
        for (int day = 0; day < 7; day++) {
            LocalDateTime expected = newest.minusDays(day);
            assertTrue(kept.stream().anyMatch(b -> b.madeAt().equals(expected)), "daily " + expected);
        }
        long weeks = kept.stream().map(b -> b.madeAt().toLocalDate()
                .get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)).distinct().count();
        assertTrue(weeks >= 4, "four weeks are covered");
        assertTrue(kept.stream().filter(b -> !b.equals(manual))
                .allMatch(b -> b.madeAt().isAfter(newest.minusDays(35))), "no older automatic backup stays");
        assertTrue(kept.contains(manual), "a backup the user asked for is never pruned");
    }

    @Test
    void restoringReplacesTheDataAfterBackingUpTheCurrentData() throws Exception {
        Backups backups = at("2026-11-01T10:00:00");
        Backups.Backup withRosa = backups.now();
        people.add("Kai", Relationship.FRIEND, "");
        Backups.Backup before = at("2026-11-02T10:00:00").restore(withRosa.file());
        assertEquals(List.of("Rosa"), people.active().stream().map(p -> p.name()).toList());
        try (Database old = Database.open(copyOf(before.file()))) {
            assertEquals(2, new PeopleRepository(old).active().size(), "the data before the restore was kept");
        }
    }

    @Test
    void aDamagedOrForeignBackupIsNotRestored() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.db"), "not a database");
        StorageException e = assertThrows(StorageException.class, () -> new Backups(db).restore(text));
        assertTrue(e.getMessage().contains("not a database"), e.getMessage());
        assertEquals(1, people.active().size(), "nothing changed");
        assertThrows(StorageException.class, () -> new Backups(db).restore(dir.resolve("missing.db")));
        assertThrows(StorageException.class, () -> new Backups(db).writeTo(dir), "a folder is not a backup file");
        assertFalse(people.active().isEmpty());
    }

    private Path copyOf(Path file) throws Exception {
        Path copy = dir.resolve("copy-" + Instant.now().toEpochMilli()).resolve(Database.FILE_NAME);
        Files.createDirectories(copy.getParent());
        return Files.copy(file, copy);
    }
}
