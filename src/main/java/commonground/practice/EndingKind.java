package commonground.practice;

import java.util.Optional;

/** How a practice conversation ends: the door stays open for another day, or it closes for now. */
public enum EndingKind {
    OPEN("open", "The door stays open"),
    CLOSED("closed", "The door closes for now");

    private final String yaml;
    private final String label;

    EndingKind(String yaml, String label) {
        this.yaml = yaml;
        this.label = label;
    }

    public String yaml() {
        return yaml;
    }

    public String label() {
        return label;
    }

    public static Optional<EndingKind> fromYaml(String value) {
        for (EndingKind k : values()) {
            if (k.yaml.equals(value)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
