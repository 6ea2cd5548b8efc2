package commonground.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work against the open connection. Only repositories in this package write these. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
