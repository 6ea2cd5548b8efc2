package commonground.storage;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A feature's FTS5 search index over sealed text, declared by the feature and registered with the
 * {@link Database} by the app ({@link Database#registerSearchIndex}). On disk it is the external-content
 * table {@code name} that the feature's migration creates over {@code sourceTable}; while the
 * passphrase lock is on, that table is kept empty and an in-memory copy with the same columns,
 * {@code options} and {@code rank} is built after unlocking instead.
 *
 * @param name        the FTS5 table's name, the same on disk and in memory
 * @param sourceTable the table it indexes; its rows are matched by {@code id}
 * @param columns     the indexed columns, in the FTS5 table's column order
 * @param options     the FTS5 options after the columns, such as prefix and tokenize
 * @param rank        the rank function configured for the table, or null for FTS5's default
 */
public record FullTextIndex(String name, String sourceTable, List<SealedColumn> columns, String options,
                            String rank) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public FullTextIndex {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("An index name is lower-case letters, digits and _: " + name);
        }
        if (sourceTable == null || !NAME.matcher(sourceTable).matches()) {
            throw new IllegalArgumentException("A table name is lower-case letters, digits and _: " + sourceTable);
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("The index " + name + " needs at least one column");
        }
        for (SealedColumn c : columns) {
            if (!c.table().equals(sourceTable)) {
                throw new IllegalArgumentException(c + " is not a column of " + sourceTable);
            }
        }
        Objects.requireNonNull(options, "options");
        if (rank != null && rank.contains("'")) {
            throw new IllegalArgumentException("A rank function has no quotes: " + rank);
        }
    }

    /** The indexed columns' names, comma-separated, as SQL lists them. */
    String columnList() {
        return String.join(", ", columns.stream().map(SealedColumn::column).toList());
    }
}
