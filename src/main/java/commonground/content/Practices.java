package commonground.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The practices, in the order the app presents them. Loaded from {@code practices.yaml}. */
public final class Practices {

    public static final String RESOURCE = "/commonground/content/practices.yaml";

    private final List<Practice> all;

    private Practices(List<Practice> all) {
        this.all = List.copyOf(all);
    }

    /** Loads and checks the built-in practices. */
    public static Practices load() throws ContentException {
        File file = ContentFiles.readResource(RESOURCE, File.class);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < file.practices().size(); i++) {
            Practice p = file.practices().get(i);
            String at = "practices[" + i + "]";
            if (p.id() == null || p.id().isBlank()) {
                throw new ContentException(RESOURCE, "missing required field '" + at + ".id'");
            }
            if (p.name() == null || p.name().isBlank() || p.summary() == null || p.summary().isBlank()) {
                throw new ContentException(RESOURCE, "practice '" + p.id() + "' needs a name and a summary");
            }
            if (!seen.add(p.id())) {
                throw new ContentException(RESOURCE, "duplicate id '" + p.id() + "' at " + at);
            }
        }
        return new Practices(file.practices());
    }

    public List<Practice> all() {
        return all;
    }

    public Optional<Practice> find(String id) {
        return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The display name for an id, or the id itself when unknown. */
    public String nameOf(String id) {
        return find(id).map(Practice::name).orElse(id);
    }

    public boolean contains(String id) {
        return find(id).isPresent();
    }

    record File(List<Practice> practices) {
        @JsonCreator
        File(@JsonProperty(value = "practices", required = true) List<Practice> practices) {
            this.practices = practices == null ? List.of() : List.copyOf(practices);
        }
    }
}
