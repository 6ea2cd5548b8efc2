package commonground.storage.sync;

import com.fasterxml.jackson.databind.JsonNode;
import commonground.storage.Database;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Applies one change from another computer to this database. The version with the later stamp
 * wins, as a whole record (a deletion is a version too). When the two versions were made before
 * either computer saw the other's ({@link VersionVector#concurrentWith concurrent}) and the losing
 * one holds free text the winner does not, that text is kept in {@code conflict_copy} for the user
 * to see: nothing the user wrote is dropped in silence. Every computer makes the same choice
 * whatever order changes arrive in, and conflict copies are synced too, so all end up alike.
 */
final class ChangeApplier {

    static final String CONFLICT_TABLE = "conflict_copy";

    /** A change read from a file. {@code record} is null for a deletion. */
    record Change(String table, String uuid, String hlc, VersionVector vv, boolean deleted, JsonNode record) {
    }

    private final Database db;
    private final SyncState state;
    private final RecordCodec codec;

    ChangeApplier(Database db, SyncState state, RecordCodec codec) {
        this.db = db;
        this.state = state;
        this.codec = codec;
    }

    /** Applies {@code ch}; returns whether this database changed. Runs inside a write. */
    boolean apply(Connection c, SyncedTable t, Change ch) throws SQLException, RecordCodec.MissingReference {
        SyncState.RowVersion local = state.version(c, t.table(), ch.uuid());
        if (local != null && local.hlc().equals(ch.hlc())) {
            return false;
        }
        boolean concurrent = local != null && ch.vv().concurrentWith(local.vv());
        VersionVector merged = local == null ? ch.vv() : ch.vv().merge(local.vv());
        boolean remoteWins = local == null || ch.hlc().compareTo(local.hlc()) > 0;
        if (!remoteWins) {
            if (concurrent && !ch.deleted()) {
                JsonNode current = local.deleted() ? null : codec.read(c, t, ch.uuid());
                keepLoser(c, t, ch.uuid(), ch.record(), current, ch.hlc());
            }
            state.saveVersion(c, t.table(), ch.uuid(),
                    new SyncState.RowVersion(local.hlc(), merged, local.deleted(), local.digest()));
            return false;
        }
        JsonNode current = codec.read(c, t, ch.uuid());
        if (concurrent && current != null && !local.deleted()) {
            keepLoser(c, t, ch.uuid(), current, ch.deleted() ? null : ch.record(), local.hlc());
        }
        String digest = null;
        if (ch.deleted()) {
            if (current != null) {
                codec.delete(c, t, ch.uuid());
            }
        } else {
            codec.write(c, t, ch.uuid(), ch.record());
            digest = Segments.digest(codec.read(c, t, ch.uuid()));
        }
        state.saveVersion(c, t.table(), ch.uuid(), new SyncState.RowVersion(ch.hlc(), merged, ch.deleted(), digest));
        state.clean(c, t.table(), ch.uuid());
        return true;
    }

    /** Keeps each free text of {@code loser} that {@code winner} does not have as a conflict copy. */
    private void keepLoser(Connection c, SyncedTable t, String uuid, JsonNode loser, JsonNode winner, String loserHlc)
            throws SQLException {
        if (loser == null) {
            return;
        }
        for (String field : t.freeText()) {
            String lost = text(loser, field);
            String kept = winner == null ? null : text(winner, field);
            if (lost == null || lost.isBlank() || lost.equals(kept)) {
                continue;
            }
            String copyUuid = UUID.nameUUIDFromBytes((t.table() + "\n" + uuid + "\n" + field + "\n" + loserHlc)
                    .getBytes(StandardCharsets.UTF_8)).toString();
            if (state.version(c, CONFLICT_TABLE, copyUuid) != null || RecordCodec.idOf(c, CONFLICT_TABLE, copyUuid) != null) {
                continue;
            }
            ConflictCopies.insert(db, c, copyUuid, t.table(), uuid, field, lost, Hlc.instant(loserHlc));
        }
    }

    private static String text(JsonNode record, String field) {
        JsonNode v = record.path("r").path(field);
        return v.isTextual() ? v.asText() : null;
    }
}
