package commonground.storage.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import commonground.storage.Database;
import commonground.storage.Timestamps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the folder small and tells the others where this computer is. Each sync rewrites this
 * computer's {@code device.cgsync} (its name, when it synced, how far it has read each other
 * computer, and whether its passphrase lock is on: the lock travels, see decision 0017). Every {@link #SNAPSHOT_EVERY} segments it writes a snapshot of everything it holds;
 * then it removes its own segments that a snapshot covers and every other computer has read, or
 * that a computer away for longer than {@link #RETENTION} has not (it catches up from the snapshot).
 */
final class Compaction {

    static final int SNAPSHOT_EVERY = 50;
    static final Duration RETENTION = Duration.ofDays(90);

    /** Another computer as its device file describes it. */
    record DeviceInfo(String deviceId, String name, Instant syncedAt, Map<String, Long> applied, boolean left,
                      boolean locked) {
    }

    private final Database db;
    private final SyncState state;
    private final SyncFolder folder;
    private final SyncCipher cipher;
    private final String device;

    Compaction(Database db, SyncState state, SyncFolder folder, SyncCipher cipher, String device) {
        this.db = db;
        this.state = state;
        this.folder = folder;
        this.cipher = cipher;
        this.device = device;
    }

    void writeDeviceFile(Exchange exchange, String name, Instant now, boolean left) throws IOException {
        ObjectNode file = exchange.header("device", exchange.lastPublished());
        file.put("name", name).put("syncedAt", Timestamps.format(now)).put("left", left)
                .put("locked", db.isLockEnabled());
        ObjectNode applied = file.putObject("applied");
        db.read(state::peers).values().forEach(p -> applied.put(p.deviceId(), p.appliedSeq()));
        Path target = folder.deviceFolder(device).resolve(SyncFolder.DEVICE_FILE);
        SyncFolder.writeWhole(target, Segments.seal(cipher, SyncFolder.place(device, SyncFolder.DEVICE_FILE), file), true);
    }

    /** Whether another computer that still syncs says in its device file that its lock is on. */
    boolean othersLocked() throws IOException {
        return others().stream().anyMatch(d -> d.locked() && !d.left());
    }

    /** The other computers' device files that can be read (others are passed over). */
    List<DeviceInfo> others() throws IOException {
        List<DeviceInfo> out = new ArrayList<>();
        for (String other : folder.devices()) {
            if (other.equals(device)) {
                continue;
            }
            DeviceInfo info = read(other);
            if (info != null) {
                out.add(info);
            }
        }
        return out;
    }

    DeviceInfo read(String other) throws IOException {
        Path file = folder.deviceFolder(other).resolve(SyncFolder.DEVICE_FILE);
        if (!Files.isRegularFile(file) || Files.size(file) > 10_000_000) {
            return null;
        }
        try {
            JsonNode n = Segments.open(cipher, SyncFolder.place(other, SyncFolder.DEVICE_FILE), Files.readAllBytes(file),
                    Integer.MAX_VALUE);
            Map<String, Long> applied = new TreeMap<>();
            n.path("applied").fields().forEachRemaining(e -> applied.put(e.getKey(), e.getValue().asLong()));
            return new DeviceInfo(other, n.path("name").asText(""), Timestamps.parse(n.path("syncedAt").asText(null)),
                    applied, n.path("left").asBoolean(false), n.path("locked").asBoolean(false));
        } catch (SyncFileException | RuntimeException e) {
            return null;
        }
    }

    /** Writes a snapshot when enough segments have gathered, then removes what it makes unneeded. */
    void compact(Exchange exchange, Instant now, boolean force) throws IOException {
        long last = exchange.lastPublished();
        TreeMap<Long, Path> snapshots = folder.snapshots(device);
        long snapped = snapshots.isEmpty() ? 0 : snapshots.lastKey();
        if (last > 0 && (force ? last > snapped : last - snapped >= SNAPSHOT_EVERY)) {
            writeSnapshot(exchange, last);
            snapped = last;
        }
        for (Map.Entry<Long, Path> old : folder.snapshots(device).entrySet()) {
            if (old.getKey() < snapped) {
                Files.deleteIfExists(old.getValue());
            }
        }
        long seenByAll = snapped;
        for (DeviceInfo other : others()) {
            boolean away = other.syncedAt() == null || other.syncedAt().isBefore(now.minus(RETENTION));
            if (!other.left() && !away) {
                seenByAll = Math.min(seenByAll, other.applied().getOrDefault(device, 0L));
            }
        }
        for (Map.Entry<Long, Path> seg : folder.segments(device).entrySet()) {
            if (seg.getKey() <= seenByAll) {
                Files.deleteIfExists(seg.getValue());
            }
        }
    }

    private void writeSnapshot(Exchange exchange, long seq) throws IOException {
        ObjectNode file = exchange.header("snapshot", seq);
        ArrayNode changes = file.putArray("changes");
        RecordCodec codec = new RecordCodec(db);
        db.read(c -> {
            for (Map.Entry<String, List<String>> e : state.knownUuids(c).entrySet()) {
                SyncedTable t = exchange.table(e.getKey());
                if (t == null) {
                    continue;
                }
                for (String uuid : e.getValue()) {
                    SyncState.RowVersion v = state.version(c, e.getKey(), uuid);
                    ObjectNode rec = v.deleted() ? null : codec.read(c, t, uuid);
                    if (!v.deleted() && rec == null) {
                        continue;
                    }
                    ObjectNode ch = changes.addObject();
                    ch.put("t", e.getKey()).put("u", uuid).put("h", v.hlc()).put("d", v.deleted());
                    ch.set("v", Segments.json().valueToTree(v.vv().stamps()));
                    ch.set("rec", rec);
                }
            }
            return null;
        });
        String name = SyncFolder.snapshotName(seq);
        Path target = folder.deviceFolder(device).resolve(name);
        if (!Files.exists(target)) {
            SyncFolder.writeWhole(target, Segments.seal(cipher, SyncFolder.place(device, name), file), false);
        }
    }
}
