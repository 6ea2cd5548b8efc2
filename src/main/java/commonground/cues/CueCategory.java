package commonground.cues;

import java.util.Arrays;
import java.util.Optional;

/** The groups the cue checklist is arranged in. {@link #COMFORT} holds the signs of ease. */
public enum CueCategory {
    FACE("face", "Face"),
    EYES("eyes", "Eyes"),
    BODY("body", "Posture and body"),
    HANDS("hands", "Hands"),
    VOICE("voice", "Voice and pace"),
    WITHDRAWAL("withdrawal", "Pulling back"),
    COMFORT("comfort", "Signs of comfort and engagement");

    private final String id;
    private final String label;

    CueCategory(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id used in content files, e.g. {@code voice}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<CueCategory> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    /** The ids, for messages: "face, eyes, ...". */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(CueCategory::id).toList());
    }

    @Override
    public String toString() {
        return label;
    }
}
