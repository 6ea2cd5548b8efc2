package commonground.storage.sync;

import commonground.storage.Database;
import commonground.storage.SealedColumn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** This computer's sync bookkeeping in its own database (the {@code sync_*} tables of its migration). */
final class SyncState {

    /** The settings of a computer that syncs. */
    record Setting(String folder, String deviceId, String deviceName, byte[] syncKey, long nextSeq, String clock,
                   String lastSyncedAt, String lastProblem) {
    }

    /** What this computer knows of one record's version. */
    record RowVersion(String hlc, VersionVector vv, boolean deleted, String digest) {
    }

    /** Another computer, as seen here. */
    record Peer(String deviceId, String name, long appliedSeq, String lastSyncedAt) {
    }

    private final Database db;

    SyncState(Database db) {
        this.db = db;
    }

    /** Whether this computer syncs (reads no sealed value, so it works while locked). */
    boolean isOn(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sync_setting")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    Setting setting(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT folder, device_id, device_name, "
                + "sync_key, next_seq, clock, last_synced_at, last_problem FROM sync_setting WHERE id = 1")) {
            if (!rs.next()) {
                return null;
            }
            String key = db.open(SealedColumn.SYNC_KEY, 1, rs.getObject(4));
            return new Setting(rs.getString(1), rs.getString(2), rs.getString(3), Base64.getDecoder().decode(key),
                    rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8));
        }
    }

    void saveSetting(Connection c, Setting s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO sync_setting (id, folder, device_id, "
                + "device_name, sync_key, next_seq, clock, last_synced_at, last_problem) VALUES (1,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, s.folder());
            ps.setString(2, s.deviceId());
            ps.setString(3, s.deviceName());
            ps.setObject(4, db.seal(SealedColumn.SYNC_KEY, 1, Base64.getEncoder().encodeToString(s.syncKey())));
            ps.setLong(5, s.nextSeq());
            ps.setString(6, s.clock());
            ps.setString(7, s.lastSyncedAt());
            ps.setString(8, s.lastProblem());
            ps.executeUpdate();
        }
    }

    void progress(Connection c, long nextSeq, String clock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_setting SET next_seq = ?, clock = ? WHERE id = 1")) {
            ps.setLong(1, nextSeq);
            ps.setString(2, clock);
            ps.executeUpdate();
        }
    }

    void outcome(Connection c, String syncedAt, String problem) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(syncedAt == null
                ? "UPDATE sync_setting SET last_problem = ? WHERE id = 1"
                : "UPDATE sync_setting SET last_problem = ?, last_synced_at = ? WHERE id = 1")) {
            ps.setString(1, problem);
            if (syncedAt != null) {
                ps.setString(2, syncedAt);
            }
            ps.executeUpdate();
        }
    }

    RowVersion version(Connection c, String table, String uuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT hlc, vv, deleted, digest FROM sync_row WHERE table_name = ? AND uuid = ?")) {
            ps.setString(1, table);
            ps.setString(2, uuid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new RowVersion(rs.getString(1), Segments.vv(rs.getString(2)), rs.getInt(3) == 1,
                        rs.getString(4)) : null;
            }
        }
    }

    void saveVersion(Connection c, String table, String uuid, RowVersion v) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO sync_row (table_name, uuid, hlc, vv, "
                + "deleted, digest) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, table);
            ps.setString(2, uuid);
            ps.setString(3, v.hlc());
            ps.setString(4, Segments.vvText(v.vv()));
            ps.setInt(5, v.deleted() ? 1 : 0);
            ps.setString(6, v.digest());
            ps.executeUpdate();
        }
    }

    /** The records changed here since the last sync, as table name and uuid. */
    List<String[]> dirty(Connection c) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name, uuid FROM sync_dirty ORDER BY table_name, uuid")) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return out;
    }

    void clean(Connection c, String table, String uuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_dirty WHERE table_name = ? AND uuid = ?")) {
            ps.setString(1, table);
            ps.setString(2, uuid);
            ps.executeUpdate();
        }
    }

    /** Marks every row of {@code table} as changed, to publish what was here before sync began. */
    void markAll(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT OR IGNORE INTO sync_dirty (table_name, uuid) SELECT '" + table + "', uuid FROM \""
                    + table + "\"");
        }
    }

    /** Every record version known here, by table and uuid (for a snapshot). */
    Map<String, List<String>> knownUuids(Connection c) throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name, uuid FROM sync_row ORDER BY table_name, uuid")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    Map<String, Peer> peers(Connection c) throws SQLException {
        Map<String, Peer> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT device_id, name, applied_seq, last_synced_at FROM sync_peer ORDER BY device_id")) {
            while (rs.next()) {
                out.put(rs.getString(1), new Peer(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
            }
        }
        return out;
    }

    void savePeer(Connection c, Peer p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO sync_peer (device_id, name, applied_seq, "
                + "last_synced_at) VALUES (?,?,?,?)")) {
            ps.setString(1, p.deviceId());
            ps.setString(2, p.name() == null ? "" : p.name());
            ps.setLong(3, p.appliedSeq());
            ps.setString(4, p.lastSyncedAt());
            ps.executeUpdate();
        }
    }

    /** Forgets everything of sync here (this computer stops syncing); the user's data stays as it is. */
    void forget(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM sync_setting");
            s.executeUpdate("DELETE FROM sync_row");
            s.executeUpdate("DELETE FROM sync_dirty");
            s.executeUpdate("DELETE FROM sync_peer");
        }
    }
}
