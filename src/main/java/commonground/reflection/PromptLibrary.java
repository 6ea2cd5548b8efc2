package commonground.reflection;

import commonground.content.ContentException;
import commonground.content.ContentFiles;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The writing prompts, in groups, loaded from {@code prompts.yaml} and checked. */
public final class PromptLibrary {

    public static final String RESOURCE = "/commonground/content/prompts.yaml";

    private final List<PromptGroup> groups;

    private PromptLibrary(List<PromptGroup> groups) {
        this.groups = List.copyOf(groups);
    }

    public static PromptLibrary load() throws ContentException {
        return check(RESOURCE, ContentFiles.readResource(RESOURCE, File.class));
    }

    /** Parses and checks prompt text from {@code source}; used for the built-in file and in tests. */
    public static PromptLibrary parse(String source, String yaml) throws ContentException {
        return check(source, ContentFiles.parse(source, yaml, File.class));
    }

    private static PromptLibrary check(String source, File file) throws ContentException {
        if (file.groups() == null || file.groups().isEmpty()) {
            throw new ContentException(source, "missing required field 'groups' (at least one group)");
        }
        Set<String> ids = new HashSet<>();
        for (int g = 0; g < file.groups().size(); g++) {
            PromptGroup group = file.groups().get(g);
            String at = "groups[" + g + "]";
            ContentChecks.id(source, at, group.id(), ids);
            ContentChecks.text(source, group.id(), "name", group.name(), 120);
            if (group.prompts().isEmpty()) {
                throw new ContentException(source, "group '" + group.id() + "': field 'prompts' needs at least one prompt");
            }
            for (int p = 0; p < group.prompts().size(); p++) {
                Prompt prompt = group.prompts().get(p);
                ContentChecks.id(source, at + ".prompts[" + p + "]", prompt.id(), ids);
                ContentChecks.text(source, prompt.id(), "text", prompt.text(), 300);
            }
        }
        return new PromptLibrary(file.groups());
    }

    public List<PromptGroup> groups() {
        return groups;
    }

    public Optional<PromptGroup> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<Prompt> prompt(String id) {
        return groups.stream().flatMap(g -> g.prompts().stream()).filter(p -> p.id().equals(id)).findFirst();
    }

    /** The group a prompt belongs to. */
    public Optional<PromptGroup> groupOf(String promptId) {
        return groups.stream().filter(g -> g.prompts().stream().anyMatch(p -> p.id().equals(promptId))).findFirst();
    }

    record File(List<PromptGroup> groups) {
    }
}
