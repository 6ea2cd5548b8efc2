package commonground.sync;

import commonground.storage.Database;

import java.util.ArrayList;
import java.util.List;

/** The texts kept as conflict copies for one table, as the Sync page lists them (alphabetically). */
final class ConflictTexts {

    private ConflictTexts() {
    }

    static List<String> of(Database db, String table) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT text FROM conflict_copy WHERE row_table = ? ORDER BY text")) {
                ps.setString(1, table);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }
}
