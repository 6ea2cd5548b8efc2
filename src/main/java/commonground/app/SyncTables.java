package commonground.app;

import commonground.care.SupportContactRepository;
import commonground.cues.CheckInRepository;
import commonground.cues.ComfortMapRepository;
import commonground.cues.UserCueRepository;
import commonground.longgame.ComeBackRepository;
import commonground.longgame.DisclosureRepository;
import commonground.longgame.GoodMomentRepository;
import commonground.longgame.WhoKnowsRepository;
import commonground.people.PeopleRepository;
import commonground.practice.PracticeRepository;
import commonground.practice.PracticeTextRepository;
import commonground.reflection.NeedsRepository;
import commonground.reflection.NoteRepository;
import commonground.scenarios.ScenarioRepository;
import commonground.storage.sync.SyncEngine;
import commonground.storage.sync.SyncedTable;

import java.util.List;
import java.util.Map;

/**
 * The tables the features sync between computers, in an order where each comes after the tables
 * it refers to, and the tables that stay on this computer, each with the reason. Every table of
 * the schema is in one of the two (SyncTablesCoverageTest fails otherwise), so a new feature
 * cannot forget to say where what its user writes goes.
 */
public final class SyncTables {

    public static final List<SyncedTable> ALL = List.of(PeopleRepository.SYNC, ScenarioRepository.SYNC_TEXTS,
            ScenarioRepository.SYNC_RUNS, UserCueRepository.SYNC, CheckInRepository.SYNC, ComfortMapRepository.SYNC,
            NoteRepository.SYNC, NeedsRepository.SYNC_CHECKINS, NeedsRepository.SYNC_SOURCES,
            SupportContactRepository.SYNC, PracticeTextRepository.SYNC, PracticeRepository.SYNC,
            ComeBackRepository.SYNC, GoodMomentRepository.SYNC, DisclosureRepository.SYNC_OWN_STEPS,
            DisclosureRepository.SYNC_STEPS_TAKEN, WhoKnowsRepository.SYNC_SITUATIONS, WhoKnowsRepository.SYNC_TOLD);

    /**
     * Tables that are not synced, and why. Drafts are the form as it is being typed on this
     * computer: kept so that quitting loses nothing, replaced at each keystroke, and naming people by
     * this file's own ids; what they become when saved (a check-in, a message) is synced.
     */
    public static final Map<String, String> STAYS_ON_THIS_COMPUTER = Map.ofEntries(
            Map.entry("message_draft", "the messages being written here, each maybe to a person named by this "
                    + "file's id; each computer keeps its own (decision 0017)"),
            Map.entry("check_in_draft", "the check-in form as it is typed here, rewritten at each change and naming "
                    + "the person by this file's id; the saved check-in is synced (decision 0019)"),
            Map.entry("long_game_setting", "reminder choices (desktop notifications, quiet hours) belong to the "
                    + "computer they ring on"),
            Map.entry("long_game_offer", "which gentle offers this computer has shown; at worst another computer "
                    + "offers the same once more"),
            Map.entry("care_setting", "care settings for this computer; not synced yet (decision 0017)"),
            Map.entry("care_dismissal", "what was dismissed on this computer; not synced yet (decision 0017)"),
            Map.entry("lock_setting", "the passphrase lock is this file's own: each computer has its own lock"),
            Map.entry("lock_key", "the lock's wrapped keys, this file's own"),
            Map.entry("lock_pending_seal", "the lock's own bookkeeping while sealing"),
            Map.entry("sync_setting", "sync's own bookkeeping: this computer's folder, id and key"),
            Map.entry("sync_row", "sync's own bookkeeping: the version of each record known here"),
            Map.entry("sync_dirty", "sync's own bookkeeping: records changed here since the last sync"),
            Map.entry("sync_peer", "sync's own bookkeeping: how far the others' changes were applied"));

    private SyncTables() {
    }

    /** Registers every synced table with {@code engine}. */
    public static SyncEngine registerAll(SyncEngine engine) {
        ALL.forEach(engine::register);
        return engine;
    }
}
