package commonground.practice;

import java.util.Optional;

/** A full practice conversation, or a short drill for one hard moment. */
public enum ConversationKind {
    CONVERSATION("conversation"),
    DRILL("drill");

    private final String yaml;

    ConversationKind(String yaml) {
        this.yaml = yaml;
    }

    public String yaml() {
        return yaml;
    }

    public static Optional<ConversationKind> fromYaml(String value) {
        for (ConversationKind k : values()) {
            if (k.yaml.equals(value)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
