package commonground.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered schema migrations in {@code commonground/storage/migrations/NNNN.sql}, read in
 * order until the first missing number. Migration N leaves the schema at {@code user_version} N.
 */
final class Migrations {

    private static final String FOLDER = "/commonground/storage/migrations/";

    record Migration(int version, String resource, String sql) {
    }

    private static final List<Migration> ALL = load();

    private Migrations() {
    }

    static List<Migration> all() {
        return ALL;
    }

    static int latestVersion() {
        return ALL.size();
    }

    private static List<Migration> load() {
        List<Migration> found = new ArrayList<>();
        for (int version = 1; ; version++) {
            String resource = FOLDER + String.format("%04d.sql", version);
            try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return List.copyOf(found);
                }
                found.add(new Migration(version, resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read migration " + resource, e);
            }
        }
    }
}
