package commonground.storage;

import commonground.draft.DraftRepository;
import commonground.draft.MessageDraft;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several message drafts, each maybe to someone, on real files: the one draft kept before there
 * could be several is kept by the migration; with the lock on every draft is sealed and a copied
 * file shows none of them; the export and an import elsewhere keep each draft with its person.
 */
class MessageDraftsKeptTest {

    private static final String MARK = "ALTER TABLE message_draft ADD COLUMN person_id";

    @TempDir
    Path dir;

    @Test
    void theOneDraftKeptBeforeIsKeptForNoOneInParticular() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        try (Connection c = BeforeMigration.open(file, MARK)) {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO message_draft (id, uuid, body, updated_at) VALUES "
                        + "(3, 'draft-3', 'Alex, I loved our walk.', '2026-11-28T10:00:00.000Z')");
            }
        }
        try (Database db = PrivacyLockTest.openWithSearch(file)) {
            List<MessageDraft> all = new DraftRepository(db).all();
            assertEquals(1, all.size());
            MessageDraft kept = all.get(0);
            assertEquals("Alex, I loved our walk.", kept.body());
            assertEquals("draft-3", kept.uuid());
            assertNull(kept.personId(), "for no one in particular");
            assertEquals("2026-11-28T10:00:00Z", kept.createdAt().toString(), "started when it was last changed");
            assertEquals(kept.createdAt(), kept.updatedAt());
        }
    }

    @Test
    void everyDraftIsSealedAndTheExportKeepsEachWithItsPerson() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        Path export = dir.resolve("export.json");
        try (Database db = PrivacyLockTest.openWithSearch(file)) {
            PeopleRepository people = new PeopleRepository(db);
            Person alex = people.add("Alex", Relationship.PARTNER, "");
            Person dad = people.add("Dad", Relationship.PARENT, "");
            DraftRepository drafts = new DraftRepository(db);
            drafts.keep(UUID.randomUUID().toString(), alex.id(), "To Alex " + PrivacyLockTest.CANARY);
            drafts.keep(UUID.randomUUID().toString(), dad.id(), "To Dad " + PrivacyLockTest.CANARY);
            drafts.keep(UUID.randomUUID().toString(), null, "To no one " + PrivacyLockTest.CANARY);
            PrivacyLock lock = new PrivacyLock(db, FastKeys.COST);
            lock.enable(PrivacyLockTest.PASSPHRASE, 15);
            assertEquals(0, (int) db.read(c -> Sql.queryInt(c,
                    "SELECT count(*) FROM message_draft WHERE typeof(body) <> 'blob'")), "every draft is sealed");
            lock.lock();
        }
        assertEquals(List.of(), Canary.filesContaining(dir, PrivacyLockTest.CANARY));
        try (Database db = PrivacyLockTest.openWithSearch(file)) {
            assertTrue(new PrivacyLock(db, FastKeys.COST).unlock(PrivacyLockTest.PASSPHRASE));
            assertEquals(List.of("no one: To no one", "Dad: To Dad", "Alex: To Alex"), described(db));
            new DataTransfer(db).exportTo(export);
        }
        try (Database elsewhere = PrivacyLockTest.openWithSearch(java.nio.file.Files.createDirectories(dir.resolve("elsewhere"))
                .resolve(Database.FILE_NAME))) {
            new PeopleRepository(elsewhere).add("Sam", Relationship.FRIEND, ""); // ids differ there
            new DataTransfer(elsewhere).importFrom(export);
            // Each draft with its person; drafts started in the same instant may come in either order.
            assertEquals(List.of("Alex: To Alex", "Dad: To Dad", "no one: To no one"),
                    described(elsewhere).stream().sorted().toList());
        }
    }

    /** Each draft as "person: first words", newest first. */
    private static List<String> described(Database db) {
        PeopleRepository people = new PeopleRepository(db);
        return new DraftRepository(db).all().stream().map(d -> (d.personId() == null ? "no one"
                : people.find(d.personId()).orElseThrow().name()) + ": "
                + d.body().replace(" " + PrivacyLockTest.CANARY, "")).toList();
    }
}
