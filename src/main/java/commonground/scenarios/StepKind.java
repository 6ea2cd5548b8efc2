package commonground.scenarios;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of step a scenario is made of, as written in the YAML {@code kind} field. */
public enum StepKind {
    /** A short teaching to read. */
    INFO,
    /** A free-text question to think about. */
    REFLECT,
    /** Options that lead to different next steps. */
    CHOICE,
    /** Tick what applies. */
    CHECKLIST,
    /** Write what you might say. */
    DRAFT,
    /** A concrete next step. */
    PLAN;

    /** The word used in YAML, e.g. {@code reflect}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StepKind> fromYaml(String name) {
        return Arrays.stream(values()).filter(k -> k.yamlName().equals(name)).findFirst();
    }

    /** "info, reflect, choice, checklist, draft or plan". */
    public static String allNames() {
        String all = Arrays.stream(values()).map(StepKind::yamlName).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }

    /** True for the kinds where the user writes text. */
    public boolean takesText() {
        return this == REFLECT || this == DRAFT || this == PLAN;
    }
}
