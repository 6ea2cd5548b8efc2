package commonground.storage.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import commonground.storage.Database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One exchange with the folder: publish what changed here as a new segment, then apply, device by
 * device and in order, the segments of the others that are whole and authentic. A segment is
 * applied in one transaction or not at all; a refused file stops that computer's changes there (the
 * later ones wait) and is named in the report.
 */
final class Exchange {

    /** Changes per segment, so a first sync of many records is several files of moderate size. */
    static final int CHANGES_PER_SEGMENT = 1000;

    private final Database db;
    private final SyncState state;
    private final RecordCodec codec;
    private final ChangeApplier applier;
    private final Map<String, SyncedTable> tables;
    private final List<SyncedTable> order;
    private final SyncFolder folder;
    private final SyncCipher cipher;
    private final SyncState.Setting setting;
    private final Hlc hlc;
    private long nextSeq;

    Exchange(Database db, SyncState state, List<SyncedTable> order, SyncFolder folder, SyncCipher cipher,
             SyncState.Setting setting, Hlc hlc) {
        this.db = db;
        this.state = state;
        this.codec = new RecordCodec(db);
        this.applier = new ChangeApplier(db, state, codec);
        this.order = order;
        this.tables = new java.util.LinkedHashMap<>();
        order.forEach(t -> tables.put(t.table(), t));
        this.folder = folder;
        this.cipher = cipher;
        this.setting = setting;
        this.hlc = hlc;
        this.nextSeq = setting.nextSeq();
    }

    SyncedTable table(String name) {
        return tables.get(name);
    }

    long lastPublished() {
        return nextSeq - 1;
    }

    /** Publishes every record changed here since the last sync; returns how many. */
    int publish() throws IOException {
        List<String[]> dirty = db.read(state::dirty);
        int published = 0;
        for (int from = 0; from < dirty.size(); from += CHANGES_PER_SEGMENT) {
            published += publish(dirty.subList(from, Math.min(dirty.size(), from + CHANGES_PER_SEGMENT)));
        }
        return published;
    }

    private int publish(List<String[]> batch) throws IOException {
        record Pending(String table, String uuid, SyncState.RowVersion version) {
        }
        List<Pending> pending = new ArrayList<>();
        ArrayNode changes = JsonNodeFactory.instance.arrayNode();
        db.read(c -> {
            for (String[] d : batch) {
                SyncedTable t = tables.get(d[0]);
                if (t == null) {
                    continue;
                }
                SyncState.RowVersion known = state.version(c, d[0], d[1]);
                ObjectNode rec = codec.read(c, t, d[1]);
                String digest = rec == null ? null : Segments.digest(rec);
                boolean unchanged = known == null ? rec == null
                        : (rec == null ? known.deleted() : !known.deleted() && digest.equals(known.digest()));
                if (unchanged) {
                    continue;
                }
                String stamp = hlc.next(editedAt(t, rec));
                VersionVector vv = (known == null ? VersionVector.empty() : known.vv()).with(setting.deviceId(), stamp);
                ObjectNode ch = changes.addObject();
                ch.put("t", d[0]).put("u", d[1]).put("h", stamp).put("d", rec == null);
                ch.set("v", Segments.json().valueToTree(vv.stamps()));
                ch.set("rec", rec);
                pending.add(new Pending(d[0], d[1], new SyncState.RowVersion(stamp, vv, rec == null, digest)));
            }
            return null;
        });
        long seq = nextSeq;
        if (!pending.isEmpty()) {
            seq = Math.max(nextSeq, folder.lastSegment(setting.deviceId()).orElse(0) + 1);
            ObjectNode file = header("segment", seq);
            file.set("changes", changes);
            String name = SyncFolder.segmentName(seq);
            SyncFolder.writeWhole(folder.deviceFolder(setting.deviceId()).resolve(name),
                    Segments.seal(cipher, SyncFolder.place(setting.deviceId(), name), file), false);
            seq++;
        }
        long next = seq;
        db.write(c -> {
            for (Pending p : pending) {
                state.saveVersion(c, p.table(), p.uuid(), p.version());
            }
            for (String[] d : batch) {
                state.clean(c, d[0], d[1]);
            }
            state.progress(c, next, hlc.last());
            return null;
        });
        nextSeq = next;
        return pending.size();
    }

    /** When the record was last changed by the user, where its table says; else now. */
    private long editedAt(SyncedTable t, ObjectNode rec) {
        if (t.editedAt() != null && rec != null && rec.path("r").path(t.editedAt()).isTextual()) {
            try {
                return java.time.Instant.parse(rec.path("r").path(t.editedAt()).asText()).toEpochMilli();
            } catch (java.time.format.DateTimeParseException e) {
                // A time this app did not write: the change is dated now instead.
            }
        }
        return hlc.now();
    }

    ObjectNode header(String kind, long seq) {
        ObjectNode file = JsonNodeFactory.instance.objectNode();
        file.put("format", Segments.FORMAT).put("version", Segments.VERSION).put("schema", Database.latestSchemaVersion())
                .put("kind", kind).put("device", setting.deviceId()).put("seq", seq);
        return file;
    }

    /** What applying another computer's files gave. */
    record Pulled(int applied, List<String> problems) {
    }

    /** Applies the others' segments (from a snapshot first where older segments are gone). */
    Pulled pull() throws IOException {
        int applied = 0;
        List<String> problems = new ArrayList<>();
        Map<String, SyncState.Peer> peers = db.read(state::peers);
        List<String> waiting = new ArrayList<>();
        for (String device : folder.devices()) {
            if (!device.equals(setting.deviceId())) {
                waiting.add(device);
            }
        }
        // Rounds: a record may refer to one another computer brought in; that one may come later.
        boolean progress = true;
        while (progress && !waiting.isEmpty()) {
            progress = false;
            for (String device : List.copyOf(waiting)) {
                SyncState.Peer peer = peers.getOrDefault(device, new SyncState.Peer(device, "", 0, null));
                DeviceProgress p = readDevice(device, peer, problems);
                applied += p.applied();
                peers.put(device, p.peer());
                if (p.applied() > 0 || p.peer().appliedSeq() > peer.appliedSeq()) {
                    progress = true;
                }
                if (!p.blockedByReference()) {
                    waiting.remove(device);
                }
            }
        }
        for (String device : waiting) {
            problems.add("Some changes from another computer refer to records that are not here yet; they will be "
                    + "brought in at a later sync. (" + device + ")");
        }
        return new Pulled(applied, problems);
    }

    private record DeviceProgress(SyncState.Peer peer, int applied, boolean blockedByReference) {
    }

    private DeviceProgress readDevice(String device, SyncState.Peer peer, List<String> problems) throws IOException {
        TreeMap<Long, Path> segments = folder.segments(device);
        long done = peer.appliedSeq();
        int applied = 0;
        long firstSegment = segments.isEmpty() ? Long.MAX_VALUE : segments.firstKey();
        TreeMap<Long, Path> snapshots = folder.snapshots(device);
        if (firstSegment > done + 1 && !snapshots.isEmpty() && snapshots.lastKey() > done) {
            long snap = snapshots.lastKey();
            FileOutcome o = applyFile(device, SyncFolder.snapshotName(snap), snapshots.get(snap), snap, problems);
            if (o == FileOutcome.BLOCKED) {
                return new DeviceProgress(peer, 0, true);
            }
            if (o == FileOutcome.REFUSED) {
                return new DeviceProgress(peer, 0, false);
            }
            applied += o == FileOutcome.APPLIED ? 1 : 0;
            done = snap;
        }
        while (segments.containsKey(done + 1)) {
            long seq = done + 1;
            FileOutcome o = applyFile(device, SyncFolder.segmentName(seq), segments.get(seq), seq, problems);
            if (o == FileOutcome.BLOCKED) {
                return new DeviceProgress(withApplied(peer, done), applied, true);
            }
            if (o == FileOutcome.REFUSED) {
                break;
            }
            applied++;
            done = seq;
        }
        return new DeviceProgress(withApplied(peer, done), applied, false);
    }

    private static SyncState.Peer withApplied(SyncState.Peer p, long seq) {
        return new SyncState.Peer(p.deviceId(), p.name(), seq, p.lastSyncedAt());
    }

    private enum FileOutcome { APPLIED, REFUSED, BLOCKED }

    private FileOutcome applyFile(String device, String name, Path file, long seq, List<String> problems)
            throws IOException {
        String place = SyncFolder.place(device, name);
        JsonNode content;
        try {
            if (Files.size(file) > Segments.MAX_FILE_BYTES) {
                throw new SyncFileException(SyncFileException.Reason.NOT_AUTHENTIC, place,
                        place + " is too large to be a sync file; nothing in it was used.");
            }
            content = Segments.open(cipher, place, Files.readAllBytes(file), Database.latestSchemaVersion());
            if (!device.equals(content.path("device").asText()) || content.path("seq").asLong() != seq) {
                throw new SyncFileException(SyncFileException.Reason.NOT_AUTHENTIC, place,
                        place + " does not belong where it is; nothing in it was used.");
            }
        } catch (SyncFileException e) {
            problems.add(e.getMessage());
            return FileOutcome.REFUSED;
        }
        List<ChangeApplier.Change> changes;
        try {
            changes = changes(content);
        } catch (IllegalArgumentException e) {
            problems.add(place + " holds a change that cannot be read (" + e.getMessage() + "); nothing in it was used.");
            return FileOutcome.REFUSED;
        }
        List<SyncedTable> reversed = new ArrayList<>(order);
        java.util.Collections.reverse(reversed);
        try {
            db.write(c -> {
                for (SyncedTable t : order) {
                    for (ChangeApplier.Change ch : changes) {
                        if (ch.table().equals(t.table()) && !ch.deleted()) {
                            apply(c, t, ch, place, problems);
                        }
                    }
                }
                for (SyncedTable t : reversed) {
                    for (ChangeApplier.Change ch : changes) {
                        if (ch.table().equals(t.table()) && ch.deleted()) {
                            apply(c, t, ch, place, problems);
                        }
                    }
                }
                SyncState.Peer peer = state.peers(c).getOrDefault(device, new SyncState.Peer(device, "", 0, null));
                state.savePeer(c, withApplied(peer, seq));
                state.progress(c, nextSeq, hlc.last());
                return null;
            });
        } catch (MissingReferenceException e) {
            return FileOutcome.BLOCKED;
        }
        return FileOutcome.APPLIED;
    }

    /** Thrown out of a write to roll back a segment that refers to a record not here yet. */
    private static final class MissingReferenceException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingReferenceException(RecordCodec.MissingReference cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private void apply(java.sql.Connection c, SyncedTable t, ChangeApplier.Change ch, String place,
                       List<String> problems) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("SAVEPOINT sync_change");
        }
        try {
            applier.apply(c, t, ch);
            release(c, false);
        } catch (SQLException e) {
            if (e.getMessage() == null || !e.getMessage().contains("UNIQUE constraint failed")) {
                throw e;
            }
            // Something made on two computers before they saw each other that may exist only once (an open
            // come-back date for the same item, the same file imported twice): this computer keeps its own.
            release(c, true);
            problems.add("Something in " + place + " was also made on this computer before the two saw each "
                    + "other, and may be here only once; this computer keeps its own.");
        } catch (RecordCodec.MissingReference e) {
            release(c, true);
            SyncState.RowVersion target = state.version(c, e.table(), e.uuid());
            if (target != null && target.deleted()) {
                // What it belongs to was deleted for good on some computer: it cannot be brought in.
                problems.add("A record in " + place + " belongs to something deleted on another computer, so it "
                        + "was not brought in.");
                return;
            }
            throw new MissingReferenceException(e);
        }
    }

    private static void release(java.sql.Connection c, boolean rollBack) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            if (rollBack) {
                s.execute("ROLLBACK TO sync_change");
            }
            s.execute("RELEASE sync_change");
        }
    }

    private List<ChangeApplier.Change> changes(JsonNode content) {
        List<ChangeApplier.Change> out = new ArrayList<>();
        for (JsonNode ch : content.path("changes")) {
            String stamp = ch.path("h").asText();
            if (!Hlc.isStamp(stamp) || !ch.path("u").isTextual() || !ch.path("t").isTextual()) {
                throw new IllegalArgumentException("a change without its table, uuid or stamp");
            }
            hlc.observe(stamp);
            boolean deleted = ch.path("d").asBoolean();
            if (!deleted && !ch.path("rec").isObject()) {
                throw new IllegalArgumentException("a change without its record");
            }
            if (tables.containsKey(ch.path("t").asText())) {
                out.add(new ChangeApplier.Change(ch.path("t").asText(), ch.path("u").asText(), stamp,
                        Segments.vv(ch.path("v")), deleted, deleted ? null : ch.path("rec")));
            }
        }
        return out;
    }
}
