package commonground.storage;

/**
 * What a sealed value is bound to besides its table, column and row id: the row's random
 * {@code uid} (32 lowercase hex digits, never reused) and its write counter {@code wc}, which goes
 * up each time a sealed value of the row is written. A value copied from a backup, from a deleted
 * row or from an earlier version of the same row then fails its check. Storage keeps both columns;
 * repositories never see them.
 */
record RowStamp(String uid, long writeCount) {

    static final String UID = "uid";
    static final String WRITE_COUNT = "wc";

    /** The row's stamp, or null when there is no such row. */
    static RowStamp read(java.sql.Connection c, String table, long rowId) throws java.sql.SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT " + UID + ", " + WRITE_COUNT + " FROM \""
                + table + "\" WHERE id = ?")) {
            ps.setLong(1, rowId);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new RowStamp(rs.getString(1), rs.getLong(2)) : null;
            }
        }
    }

    RowStamp next() {
        return new RowStamp(uid, writeCount + 1);
    }

    String binding() {
        return uid + "/" + writeCount;
    }
}
