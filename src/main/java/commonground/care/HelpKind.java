package commonground.care;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a help resource is for, in the order the Help page shows them. */
public enum HelpKind {
    EMERGENCY("If someone is in danger now"),
    CRISIS("Someone to talk to, any time"),
    GRIEF("Grief and bereavement"),
    ABUSE("If someone is hurting you"),
    COUNSELLING("Finding a counsellor"),
    DIRECTORY("Helplines in other countries");

    private final String heading;

    HelpKind(String heading) {
        this.heading = heading;
    }

    /** The heading of this kind's section on the Help page. */
    public String heading() {
        return heading;
    }

    /** The id used in {@code help-resources.yaml}, e.g. {@code crisis}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<HelpKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }

    static String ids() {
        return Arrays.stream(values()).map(HelpKind::id).collect(Collectors.joining(", "));
    }
}
