package commonground.storage.sync;

import java.util.List;
import java.util.Objects;

/**
 * A table a feature declares as synced between computers (the app registers each with
 * {@link SyncEngine#register}). A synced record is one row of {@code table}, found by its
 * {@code uuid}, together with its rows in the {@code children} tables (tags of a note, answers of
 * a walk-through): the whole record is sent when any part changes. {@code freeText} names the
 * columns holding words the user wrote: when one changed on two computers before they saw each
 * other, both versions are kept ({@code conflict_copy}) instead of one winning silently.
 * {@code editedAt}, when given, is the column stamped with the time of the user's last change
 * ({@code updated_at}): a change is then dated by the edit rather than by the sync that sends it,
 * so of two edits the later one wins even when the earlier was sent last.
 */
public record SyncedTable(String table, List<String> freeText, List<Child> children, String editedAt) {

    /** Rows of {@code table} that belong to the parent row whose id is in {@code parentColumn}. */
    public record Child(String table, String parentColumn) {
        public Child {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(parentColumn, "parentColumn");
        }
    }

    public SyncedTable {
        Objects.requireNonNull(table, "table");
        freeText = List.copyOf(freeText);
        children = List.copyOf(children);
    }

    /** A synced table with no free text and no children; add them with the methods below. */
    public static SyncedTable of(String table) {
        return new SyncedTable(table, List.of(), List.of(), null);
    }

    /** This table, whose {@code columns} hold free text the user wrote. */
    public SyncedTable freeText(String... columns) {
        return new SyncedTable(table, List.of(columns), children, editedAt);
    }

    /** This table, with the rows of {@code childTable} whose {@code parentColumn} names a row of it. */
    public SyncedTable child(String childTable, String parentColumn) {
        List<Child> more = new java.util.ArrayList<>(children);
        more.add(new Child(childTable, parentColumn));
        return new SyncedTable(table, freeText, more, editedAt);
    }

    /** This table, whose {@code column} holds the time of the last change (an ISO-8601 instant). */
    public SyncedTable editedAt(String column) {
        return new SyncedTable(table, freeText, children, column);
    }
}
