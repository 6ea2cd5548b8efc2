package commonground.practice;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What closes the other person a little: the moves the message coach points out. Chosen replies
 * name them in the file ({@code closes: [judgment]}); typed replies get them from the coach.
 */
public enum ClosingMove {
    JUDGMENT("judgment", "a judgment"),
    DEMAND("demand", "a demand"),
    ABSOLUTE("absolute", "an \"always\" or \"never\""),
    PRESSURE("pressure", "pressure to share"),
    DISGUISED_JUDGMENT("disguised-judgment", "a judgment dressed as a feeling"),
    ULTIMATUM("ultimatum", "a threat tied to a demand");

    private final String yaml;
    private final String label;

    ClosingMove(String yaml, String label) {
        this.yaml = yaml;
        this.label = label;
    }

    /** How the file writes it. */
    public String yaml() {
        return yaml;
    }

    /** How the debrief names it: "a judgment". */
    public String label() {
        return label;
    }

    public static Optional<ClosingMove> fromYaml(String value) {
        return Arrays.stream(values()).filter(m -> m.yaml.equals(value)).findFirst();
    }

    static String allNames() {
        return Arrays.stream(values()).map(ClosingMove::yaml).collect(Collectors.joining(", "));
    }
}
