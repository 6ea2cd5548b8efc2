package commonground.storage.sync;

import commonground.longgame.GoodMoment;
import commonground.longgame.GoodMomentRepository;
import commonground.longgame.ToldEntry;
import commonground.longgame.WhoKnowsRepository;
import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import commonground.reflection.NoteFilter;
import commonground.reflection.NoteListItem;
import commonground.storage.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Property: two or three computers, each with its own copy of the folder carried by an unkind
 * {@link SimulatedSyncTool}, write, edit, tag, trash, restore and delete notes in a random
 * interleaving with random sync moments, and add and delete good moments and change who knows what. Once the tool has carried everything and each has synced,
 * their JSON exports are identical, and every text anyone wrote is there (as a note or a shown
 * conflict copy) unless someone replaced or deleted it while looking at it. Fixed seeds, so a
 * failure names the seed that reproduces it.
 */
class SyncPropertyTest {

    static final int CASES = 200;
    static final int STEPS = 30;

    /** In memory where there is /dev/shm: this checks what the computers end with, not what a crash leaves (CrashSafetyTest). */
    @TempDir(factory = commonground.storage.MemoryTempDir.class)
    Path tmp;

    @Test
    void everyoneEndsWithTheSameDataAndNothingWrittenIsLost() throws Exception {
        for (long seed = 1; seed <= CASES; seed++) {
            try {
                runCase(seed);
            } catch (AssertionError | Exception e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    private void runCase(long seed) throws Exception {
        Random random = new Random(seed);
        Path base = Files.createDirectories(tmp.resolve("case-" + seed));
        int n = 2 + random.nextInt(2);
        List<Profile> profiles = new ArrayList<>();
        List<TestClock> clocks = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        Map<String, Integer> owners = new HashMap<>();
        List<String> log = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                // Clocks up to two hours apart: computers disagree about the time.
                TestClock clock = TestClock.at("2026-11-30T18:00:00Z");
                clock.advance(Duration.ofMinutes(random.nextInt(240) - 120));
                clocks.add(clock);
                profiles.add(new Profile(base, "p" + i, clock));
                folders.add(Files.createDirectories(base.resolve("folder-" + i)));
            }
            Set<String> written = new HashSet<>();
            Set<String> replaced = new HashSet<>();
            int counter = 0;
            // Some writing before sync starts: joining brings both sides together.
            for (int i = 0; i < n; i++) {
                if (random.nextBoolean()) {
                    String text = "p" + i + " before " + counter++;
                    profiles.get(i).note(text);
                    written.add(text);
                }
            }
            // One person with one hard-news situation, known to all once they joined.
            long dad = new PeopleRepository(profiles.get(0).db).add("Dad", Relationship.PARENT, "").id();
            WhoKnowsRepository news0 = new WhoKnowsRepository(profiles.get(0).db);
            news0.addTold(news0.create("News", null, dad).id(), "Jo", "the first knows", "", null);
            written.add("the first knows");
            profiles.get(0).sync.start(folders.get(0), SyncTestComputers.PASSPHRASE, "p0");
            owners.put("", 0);
            owners.put(deviceOf(profiles.get(0)), 0);
            SimulatedSyncTool tool = new SimulatedSyncTool(folders, owners, random);
            for (int i = 1; i < n; i++) {
                tool.settle();
                profiles.get(i).sync.join(folders.get(i), SyncTestComputers.PASSPHRASE, "p" + i);
                owners.put(deviceOf(profiles.get(i)), i);
            }
            for (int step = 0; step < STEPS; step++) {
                int p = random.nextInt(n);
                Profile me = profiles.get(p);
                clocks.get(p).advance(Duration.ofMillis(random.nextInt(5000)));
                List<NoteListItem> mine = me.notes.page(NoteFilter.ALL, null, 100);
                List<NoteListItem> trashed = me.notes.page(new NoteFilter(null, null, true), null, 100);
                int op = random.nextInt(12);
                if (op < 2 || (op < 5 && mine.isEmpty())) {
                    String text = "p" + p + " new " + counter++;
                    me.note(text);
                    written.add(text);
                    log.add(p + " new " + text);
                } else if (op < 5) {
                    NoteListItem item = mine.get(random.nextInt(mine.size()));
                    String text = "p" + p + " edit " + counter++;
                    replaced.add(me.notes.find(item.id()).orElseThrow().body());
                    me.notes.saveBody(item.id(), text);
                    written.add(text);
                    log.add(p + " edit " + item.id() + " " + text);
                } else if (op == 5 && !mine.isEmpty()) {
                    NoteListItem item = mine.get(random.nextInt(mine.size()));
                    me.notes.setTags(item.id(), List.of("t" + random.nextInt(3)));
                    log.add(p + " tag " + item.id());
                } else if (op == 6 && !mine.isEmpty()) {
                    NoteListItem item = mine.get(random.nextInt(mine.size()));
                    me.notes.moveToTrash(item.id());
                    log.add(p + " trash " + item.id());
                } else if (op == 7 && !trashed.isEmpty()) {
                    NoteListItem item = trashed.get(random.nextInt(trashed.size()));
                    if (random.nextBoolean()) {
                        me.notes.restore(item.id());
                        log.add(p + " restore " + item.id());
                    } else {
                        replaced.add(me.notes.find(item.id()).orElseThrow().body());
                        me.notes.deleteForever(item.id());
                        log.add(p + " delete " + item.id());
                    }
                } else if (op == 10) {
                    String text = longGame(me, random, counter++, replaced);
                    if (text != null) {
                        written.add(text);
                    }
                    log.add(p + " long game " + text);
                } else if (op == 8 || op == 11) {
                    me.sync.syncNow();
                    log.add(p + " sync");
                } else {
                    for (int k = random.nextInt(4); k >= 0; k--) {
                        log.add("tool " + tool.step());
                    }
                }
            }
            // Everyone syncs: the tool carries everything and each computer syncs, until a round
            // in which nobody has anything new to send or bring in (a conflict found while bringing
            // changes in is itself sent at the next sync).
            boolean quiet = false;
            for (int round = 0; round < 6 && !quiet; round++) {
                quiet = true;
                for (Profile p : profiles) {
                    SyncReport r = p.sync.syncNow();
                    quiet &= r.published() == 0 && r.filesApplied() == 0;
                    tool.settle();
                }
            }
            if (!quiet) {
                fail("still exchanging after six rounds; steps: " + log);
            }
            String first = profiles.get(0).export();
            for (int i = 1; i < n; i++) {
                String other = profiles.get(i).export();
                if (!first.equals(other)) {
                    fail(difference(first, other) + "; p0 and p" + i + " differ after everyone synced; steps: " + log);
                }
            }
            Set<String> present = new HashSet<>();
            Profile p0 = profiles.get(0);
            for (NoteListItem item : p0.notes.page(NoteFilter.ALL, null, 1000)) {
                present.add(p0.notes.find(item.id()).orElseThrow().body());
            }
            for (NoteListItem item : p0.notes.page(new NoteFilter(null, null, true), null, 1000)) {
                present.add(p0.notes.find(item.id()).orElseThrow().body());
            }
            p0.sync.conflicts().forEach(c -> present.add(c.text()));
            for (GoodMoment m : new GoodMomentRepository(p0.db).forPerson(person(p0))) {
                present.add(m.what());
            }
            WhoKnowsRepository news = new WhoKnowsRepository(p0.db);
            news.situations().forEach(sit -> news.told(sit.id()).forEach(t -> present.add(t.knows())));
            for (String text : written) {
                if (!present.contains(text) && !replaced.contains(text)) {
                    fail("'" + text + "' was lost; steps: " + log);
                }
            }
            assertEquals(List.of(), p0.sync.syncNow().problems());
        } finally {
            profiles.forEach(Profile::close);
        }
    }

    /**
     * Adds a good moment, deletes one, or changes what someone knows; returns the text written (null
     * when nothing was), and adds to {@code replaced} the text it took away while looking at it.
     */
    private static String longGame(Profile me, Random random, int counter, Set<String> replaced) {
        Long dad = person(me);
        if (dad == null) {
            return null;
        }
        GoodMomentRepository moments = new GoodMomentRepository(me.db);
        List<GoodMoment> mine = moments.forPerson(dad);
        int choice = random.nextInt(3);
        if (choice == 0) {
            String text = me.name + " moment " + counter;
            moments.add(dad, java.time.LocalDate.of(2026, 11, 30), text, "", "");
            return text;
        }
        if (choice == 1 && !mine.isEmpty()) {
            GoodMoment m = mine.get(random.nextInt(mine.size()));
            replaced.add(m.what());
            moments.delete(m.id());
            return null;
        }
        WhoKnowsRepository news = new WhoKnowsRepository(me.db);
        if (news.situations().isEmpty() || news.told(news.situations().get(0).id()).isEmpty()) {
            return null;
        }
        ToldEntry t = news.told(news.situations().get(0).id()).get(0);
        String text = me.name + " knows " + counter;
        replaced.add(t.knows());
        news.updateTold(t, t.name(), text, t.toldBy(), t.toldOn());
        return text;
    }

    private static Long person(Profile p) {
        var people = new PeopleRepository(p.db).active();
        return people.isEmpty() ? null : people.get(0).id();
    }

    /** The first lines where two exports differ, for the failure message. */
    private static String difference(String a, String b) {
        String[] x = a.split("\n");
        String[] y = b.split("\n");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                StringBuilder out = new StringBuilder("exports differ at line " + (i + 1) + ":");
                for (int j = Math.max(0, i - 8); j < Math.min(Math.min(x.length, y.length), i + 4); j++) {
                    out.append("\n  ").append(x[j]).append("   |   ").append(y[j]);
                }
                return out.toString();
            }
        }
        return "exports differ in length";
    }

    private static String deviceOf(Profile p) {
        return p.db.read(c -> new SyncState(p.db).setting(c)).deviceId();
    }
}
