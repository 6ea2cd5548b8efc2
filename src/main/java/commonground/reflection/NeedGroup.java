package commonground.reflection;

import java.util.List;

/** A group of related needs, such as connection or peace. */
public record NeedGroup(String id, String name, List<Need> needs) {

    public NeedGroup {
        needs = needs == null ? List.of() : List.copyOf(needs);
    }
}
