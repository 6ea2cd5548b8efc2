package commonground.reflection;

import commonground.content.ContentException;
import commonground.content.ContentFiles;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The needs, in groups, loaded from {@code needs.yaml} and checked. */
public final class NeedsVocabulary {

    public static final String RESOURCE = "/commonground/content/needs.yaml";

    private final List<NeedGroup> groups;

    private NeedsVocabulary(List<NeedGroup> groups) {
        this.groups = List.copyOf(groups);
    }

    public static NeedsVocabulary load() throws ContentException {
        return check(RESOURCE, ContentFiles.readResource(RESOURCE, File.class));
    }

    public static NeedsVocabulary parse(String source, String yaml) throws ContentException {
        return check(source, ContentFiles.parse(source, yaml, File.class));
    }

    private static NeedsVocabulary check(String source, File file) throws ContentException {
        if (file.groups() == null || file.groups().isEmpty()) {
            throw new ContentException(source, "missing required field 'groups' (at least one group)");
        }
        Set<String> ids = new HashSet<>();
        for (int g = 0; g < file.groups().size(); g++) {
            NeedGroup group = file.groups().get(g);
            String at = "groups[" + g + "]";
            ContentChecks.id(source, at, group.id(), ids);
            ContentChecks.text(source, group.id(), "name", group.name(), 80);
            if (group.needs().isEmpty()) {
                throw new ContentException(source, "group '" + group.id() + "': field 'needs' needs at least one need");
            }
            for (int n = 0; n < group.needs().size(); n++) {
                Need need = group.needs().get(n);
                ContentChecks.id(source, at + ".needs[" + n + "]", need.id(), ids);
                ContentChecks.text(source, need.id(), "name", need.name(), 80);
            }
        }
        return new NeedsVocabulary(file.groups());
    }

    public List<NeedGroup> groups() {
        return groups;
    }

    public List<Need> all() {
        return groups.stream().flatMap(g -> g.needs().stream()).toList();
    }

    public Optional<Need> need(String id) {
        return all().stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The display name of a need, or its id when the vocabulary no longer has it. */
    public String nameOf(String id) {
        return need(id).map(Need::name).orElse(id);
    }

    record File(List<NeedGroup> groups) {
    }
}
