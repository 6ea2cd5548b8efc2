package commonground.reflection;

import java.util.List;

/** A group of prompts around one theme, such as grief or the long game. */
public record PromptGroup(String id, String name, String intro, List<Prompt> prompts) {

    public PromptGroup {
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
    }
}
