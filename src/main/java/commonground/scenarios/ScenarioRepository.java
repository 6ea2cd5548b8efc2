package commonground.scenarios;

import commonground.storage.Timestamps;
import commonground.storage.sync.ConflictCopies;
import commonground.storage.sync.SyncedTable;

import commonground.storage.SealedColumn;
import commonground.people.Pronouns;
import commonground.storage.Database;
import commonground.storage.SealedTextException;
import commonground.storage.StorageException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Scenario texts (built-in and imported), the runs through them, and the answers given. */
public final class ScenarioRepository {

    /** The scenario texts runs were made with (the same text has the same uuid everywhere). */
    public static final SyncedTable SYNC_TEXTS = SyncedTable.of("scenario_text");

    /** Walk-throughs with their answers, synced as one record each. */
    public static final SyncedTable SYNC_RUNS = SyncedTable.of("scenario_run").child("scenario_answer", "run_id")
            .editedAt("updated_at");

    private static final String TEXT_COLUMNS = "id, scenario_id, version, origin, title, yaml, added_at";
    private static final String RUN_SELECT = "SELECT r.id, r.uuid, r.scenario_text_id, t.scenario_id, t.version, "
            + "t.title, r.person_id, p.name, r.current_step, r.path, r.started_at, r.updated_at, r.finished_at "
            + "FROM scenario_run r JOIN scenario_text t ON t.id = r.scenario_text_id "
            + "LEFT JOIN person p ON p.id = r.person_id ";

    private final Database db;

    public ScenarioRepository(Database db) {
        this.db = db;
    }

    /**
     * Keeps this version of a scenario's text, unless one with the same id and version is kept
     * already (that one stays, so runs made with it read as they were). Returns the kept row.
     */
    public StoredScenario keepText(String scenarioId, int version, ScenarioOrigin origin, String title, String yaml) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO scenario_text "
                    + "(uuid, scenario_id, version, origin, title, yaml, added_at) VALUES (?,?,?,?,?,?,?)")) {
                ps.setString(1, textUuid(scenarioId, version, yaml));
                ps.setString(2, scenarioId);
                ps.setInt(3, version);
                ps.setString(4, origin.name());
                ps.setString(5, title);
                ps.setString(6, yaml);
                ps.setString(7, db.now());
                return ps.executeUpdate();
            }
        });
        return findText(scenarioId, version).orElseThrow();
    }

    /** The same text under the same id and version gets the same uuid in every profile, so exports merge. */
    private static String textUuid(String scenarioId, int version, String yaml) {
        return UUID.nameUUIDFromBytes((scenarioId + "\n" + version + "\n" + yaml).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public Optional<StoredScenario> findText(String scenarioId, int version) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + TEXT_COLUMNS
                    + " FROM scenario_text WHERE scenario_id = ? AND version = ?")) {
                ps.setString(1, scenarioId);
                ps.setInt(2, version);
                return first(ps);
            }
        });
    }

    public Optional<StoredScenario> text(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + TEXT_COLUMNS + " FROM scenario_text WHERE id = ?")) {
                ps.setLong(1, id);
                return first(ps);
            }
        });
    }

    /** Every imported scenario text, all versions, by scenario id and version. */
    public List<StoredScenario> importedTexts() {
        return db.read(c -> {
            List<StoredScenario> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + TEXT_COLUMNS
                    + " FROM scenario_text WHERE origin = 'IMPORTED' ORDER BY scenario_id, version")) {
                while (rs.next()) {
                    out.add(mapText(rs));
                }
            }
            return out;
        });
    }

    /** The pronouns of the person a run is about, for filling its texts; they/them for no one. */
    public Pronouns pronounsOf(Long personId) {
        if (personId == null) {
            return Pronouns.THEY;
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pronouns FROM person WHERE id = ?")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Pronouns.fromStored(rs.getString(1)) : Pronouns.THEY;
                }
            }
        });
    }

    /** Starts a run at {@code firstStep}, optionally about a person. */
    public ScenarioRun startRun(long scenarioTextId, Long personId, String firstStep) {
        String now = db.now();
        long id = db.write(c -> {
            long next = Database.nextId(c, "scenario_run");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO scenario_run (uuid, scenario_text_id, "
                    + "person_id, current_step, path, started_at, updated_at, id) VALUES (?,?,?,?,?,?,?,?)")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setLong(2, scenarioTextId);
                if (personId == null) {
                    ps.setNull(3, Types.INTEGER);
                } else {
                    ps.setLong(3, personId);
                }
                ps.setObject(4, db.seal(SealedColumn.SCENARIO_RUN_STEP, next, firstStep));
                ps.setObject(5, db.seal(SealedColumn.SCENARIO_RUN_PATH, next, ""));
                ps.setString(6, now);
                ps.setString(7, now);
                ps.setLong(8, next);
                ps.executeUpdate();
                return next;
            }
        });
        return run(id).orElseThrow();
    }

    /** Saves where the run is and the steps taken before it; {@code finished} marks it done. */
    public void saveProgress(long runId, String currentStep, List<String> path, boolean finished) {
        String now = db.now();
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE scenario_run SET current_step = ?, path = ?, "
                    + "updated_at = ?, finished_at = CASE WHEN ? THEN coalesce(finished_at, ?) END WHERE id = ?")) {
                ps.setObject(1, db.seal(SealedColumn.SCENARIO_RUN_STEP, runId, currentStep));
                ps.setObject(2, db.seal(SealedColumn.SCENARIO_RUN_PATH, runId, String.join(" ", path)));
                ps.setString(3, now);
                ps.setBoolean(4, finished);
                ps.setString(5, now);
                ps.setLong(6, runId);
                return ps.executeUpdate();
            }
        });
    }

    /** Makes a finished run unfinished again, at the step where it ended, so its answers can be changed. */
    public void reopen(long runId) {
        String now = db.now();
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE scenario_run SET finished_at = NULL, updated_at = ? WHERE id = ?")) {
                ps.setString(1, now);
                ps.setLong(2, runId);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Starts a new run with the same scenario text, person and answers as run {@code runId}, at its
     * first step, so a finished plan can be walked again from where it was. Returns the new run.
     */
    public ScenarioRun copyRun(long runId) {
        ScenarioRun from = run(runId).orElseThrow(() -> new StorageException(
                "This walk-through is no longer here, so it could not be copied.", null, 0));
        String first = from.path().isEmpty() ? from.currentStep() : from.path().get(0);
        Map<String, String> answers = answers(runId);
        ScenarioRun copy = startRun(from.scenarioTextId(), from.personId(), first);
        saveAnswers(copy.id(), answers);
        return run(copy.id()).orElseThrow();
    }

    /** Saves answers by step id, in one transaction. */
    public void saveAnswers(long runId, Map<String, String> answers) {
        saveAnswers(runId, answers, Map.of());
    }

    /**
     * Saves answers by step id, each typed over its entry in {@code bases} (the answer the open
     * walk-through last read or saved; a step not in it is not checked). An answer that another
     * computer changed meanwhile is kept as a conflict copy of the walk-through in the same write
     * ({@link ConflictCopies#keepOver}). True when one was kept.
     */
    public boolean saveAnswers(long runId, Map<String, String> answers, Map<String, String> bases) {
        for (Map.Entry<String, String> e : answers.entrySet()) {
            if (e.getValue().length() > ScenarioRun.MAX_ANSWER) {
                throw new IllegalArgumentException("This answer is " + e.getValue().length()
                        + " characters long; at most " + ScenarioRun.MAX_ANSWER + " can be saved.");
            }
        }
        String now = db.now();
        return db.write(c -> {
            boolean kept = false;
            // The row ids are known before writing, as the sealed answer is bound to its row; the
            // step of each answer is sealed too, so the run's answers are found by opening them.
            Map<String, Long> existing = answerIds(c, runId);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO scenario_answer (id, run_id, step_id, "
                    + "answer, updated_at) VALUES (?,?,?,?,?)");
                 PreparedStatement update = c.prepareStatement(
                    "UPDATE scenario_answer SET step_id = ?, answer = ?, updated_at = ? WHERE id = ?")) {
                for (Map.Entry<String, String> e : answers.entrySet()) {
                    Long found = existing.get(e.getKey());
                    long id = found != null ? found : Database.nextId(c, "scenario_answer");
                    Object step = db.seal(SealedColumn.SCENARIO_ANSWER_STEP, id, e.getKey());
                    Object answer = db.seal(SealedColumn.SCENARIO_ANSWER, id, e.getValue());
                    if (found != null) {
                        kept |= keepOtherAnswer(c, runId, found, e.getKey(), bases.get(e.getKey()), e.getValue());
                        update.setObject(1, step);
                        update.setObject(2, answer);
                        update.setString(3, now);
                        update.setLong(4, id);
                        update.executeUpdate();
                    } else {
                        insert.setLong(1, id);
                        insert.setLong(2, runId);
                        insert.setObject(3, step);
                        insert.setObject(4, answer);
                        insert.setString(5, now);
                        insert.executeUpdate();
                        existing.put(e.getKey(), id);
                    }
                }
            }
            touch(c, runId, now);
            return kept;
        });
    }

    /** Keeps the answer in row {@code answerId}, when another computer changed it since {@code base}. */
    private boolean keepOtherAnswer(Connection c, long runId, long answerId, String stepId, String base, String typed)
            throws SQLException {
        if (base == null) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT r.uuid, a.answer, a.updated_at FROM scenario_answer a "
                + "JOIN scenario_run r ON r.id = a.run_id WHERE a.id = ? AND r.id = ?")) {
            ps.setLong(1, answerId);
            ps.setLong(2, runId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                String there;
                try {
                    there = db.open(SealedColumn.SCENARIO_ANSWER, answerId, rs, 2);
                } catch (SealedTextException unreadable) {
                    db.reportUnreadable(unreadable);
                    return false; // nothing readable to keep; the save goes ahead
                }
                return ConflictCopies.keepOver(db, c, "scenario_run", rs.getString(1), "answer:" + stepId, there, base,
                        typed, rs.getString(3) == null ? Instant.now() : Timestamps.parse(rs.getString(3)));
            }
        }
    }

    /** The row id of each answer of a run, by step id (a row that fails its check is left out). */
    private Map<String, Long> answerIds(Connection c, long runId) throws SQLException {
        Map<String, Long> ids = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, step_id FROM scenario_answer WHERE run_id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        ids.put(db.open(SealedColumn.SCENARIO_ANSWER_STEP, rs.getLong(1), rs, 2), rs.getLong(1));
                    } catch (SealedTextException e) {
                        db.reportUnreadable(e);
                    }
                }
            }
        }
        return ids;
    }

    private static void touch(Connection c, long runId, String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE scenario_run SET updated_at = ? WHERE id = ?")) {
            ps.setString(1, now);
            ps.setLong(2, runId);
            ps.executeUpdate();
        }
    }

    /** The answers of a run, by step id. */
    public Map<String, String> answers(long runId) {
        return db.read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT step_id, answer, id FROM scenario_answer WHERE run_id = ? ORDER BY id")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(3);
                        try {
                            out.put(db.open(SealedColumn.SCENARIO_ANSWER_STEP, id, rs, 1),
                                    db.open(SealedColumn.SCENARIO_ANSWER, id, rs, 2));
                        } catch (SealedTextException e) {
                            db.reportUnreadable(e); // That answer is left out; the others show.
                        }
                    }
                }
            }
            return out;
        });
    }

    public Optional<ScenarioRun> run(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(RUN_SELECT + "WHERE r.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(mapRun(rs)) : Optional.empty();
                }
            }
        });
    }

    /** All runs, most recently touched first. */
    public List<ScenarioRun> runs() {
        return db.read(c -> {
            List<ScenarioRun> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery(RUN_SELECT + "ORDER BY r.updated_at DESC, r.id DESC")) {
                while (rs.next()) {
                    try {
                        out.add(mapRun(rs));
                    } catch (SealedTextException e) {
                        db.reportUnreadable(e); // Left out; the other walk-throughs still show.
                    }
                }
            }
            return out;
        });
    }

    /** Deletes a run and its answers. */
    public void deleteRun(long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM scenario_run WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    private static Optional<StoredScenario> first(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(mapText(rs)) : Optional.empty();
        }
    }

    private static StoredScenario mapText(ResultSet rs) throws SQLException {
        return new StoredScenario(rs.getLong(1), rs.getString(2), rs.getInt(3), ScenarioOrigin.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), Instant.parse(rs.getString(7)));
    }

    private ScenarioRun mapRun(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        long person = rs.getLong(7);
        Long personId = rs.wasNull() ? null : person;
        String step = db.open(SealedColumn.SCENARIO_RUN_STEP, id, rs, 9);
        String path = db.open(SealedColumn.SCENARIO_RUN_PATH, id, rs, 10);
        String finished = rs.getString(13);
        return new ScenarioRun(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), personId, rs.getString(8), step,
                path.isBlank() ? List.of() : Arrays.asList(path.split(" ")), Instant.parse(rs.getString(11)),
                Instant.parse(rs.getString(12)), finished == null ? null : Instant.parse(finished));
    }
}
