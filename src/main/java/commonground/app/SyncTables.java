package commonground.app;

import commonground.care.SupportContactRepository;
import commonground.cues.CheckInRepository;
import commonground.cues.ComfortMapRepository;
import commonground.cues.UserCueRepository;
import commonground.people.PeopleRepository;
import commonground.practice.PracticeRepository;
import commonground.reflection.NeedsRepository;
import commonground.reflection.NoteRepository;
import commonground.scenarios.ScenarioRepository;
import commonground.storage.sync.SyncEngine;
import commonground.storage.sync.SyncedTable;

import java.util.List;

/**
 * The tables the features sync between computers, in an order where each comes after the tables
 * it refers to. The working draft of a message is not synced: it belongs to the computer it is
 * being written on (each computer keeps one).
 */
public final class SyncTables {

    public static final List<SyncedTable> ALL = List.of(PeopleRepository.SYNC, ScenarioRepository.SYNC_TEXTS,
            ScenarioRepository.SYNC_RUNS, UserCueRepository.SYNC, CheckInRepository.SYNC, ComfortMapRepository.SYNC,
            NoteRepository.SYNC, NeedsRepository.SYNC_CHECKINS, NeedsRepository.SYNC_SOURCES,
            SupportContactRepository.SYNC, PracticeRepository.SYNC);

    private SyncTables() {
    }

    /** Registers every synced table with {@code engine}. */
    public static SyncEngine registerAll(SyncEngine engine) {
        ALL.forEach(engine::register);
        return engine;
    }
}
