package commonground.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work against the open connection. Repositories in the features write these. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
