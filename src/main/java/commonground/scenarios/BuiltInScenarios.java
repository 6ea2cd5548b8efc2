package commonground.scenarios;

import commonground.content.ContentException;
import commonground.content.ContentFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The scenarios that come with the app, listed in {@code scenarios/index.yaml} and each checked
 * on load. A broken built-in file stops loading with a message naming the file and the field.
 */
public final class BuiltInScenarios {

    static final String FOLDER = "/commonground/content/scenarios/";
    static final String INDEX = FOLDER + "index.yaml";

    /** One built-in scenario with the exact text it was read from (stored with runs). */
    public record Source(Scenario scenario, String yaml) {
    }

    record Index(List<String> files) {
    }

    private BuiltInScenarios() {
    }

    public static List<Source> load(ScenarioValidator validator) throws ContentException {
        Index index = ContentFiles.readResource(INDEX, Index.class);
        if (index.files() == null || index.files().isEmpty()) {
            throw new ContentException(INDEX, "missing required field 'files'");
        }
        List<Source> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String name : index.files()) {
            String resource = FOLDER + name;
            String yaml = read(resource);
            ScenarioCheck check = validator.checkText(resource, yaml);
            if (!check.valid()) {
                throw new ContentException(resource, String.join("; ", check.problems()));
            }
            Scenario scenario = check.scenario().orElseThrow();
            if (!ids.add(scenario.id())) {
                throw new ContentException(resource, "field 'id': duplicate id '" + scenario.id()
                        + "': another built-in scenario already has it");
            }
            out.add(new Source(scenario, yaml));
        }
        return List.copyOf(out);
    }

    private static String read(String resource) throws ContentException {
        try (InputStream in = BuiltInScenarios.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ContentException(resource, "the file is missing from the app (listed in " + INDEX + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ContentException(resource, "could not be read (" + e.getMessage() + ")", e);
        }
    }
}
