package commonground.cues;

import java.util.Arrays;
import java.util.Optional;

/** The groups the cue checklist is arranged in. {@link #COMFORT} holds the signs of ease. */
public enum CueCategory {
    FACE("face", "Face", "Face"),
    EYES("eyes", "Eyes", "Eyes"),
    BODY("body", "Posture and body", "Body"),
    HANDS("hands", "Hands", "Hands"),
    VOICE("voice", "Voice and pace", "Voice"),
    WITHDRAWAL("withdrawal", "Pulling back", "Pulling back"),
    COMFORT("comfort", "Signs of comfort and engagement", "Comfort");

    private final String id;
    private final String label;
    private final String shortLabel;

    CueCategory(String id, String label, String shortLabel) {
        this.id = id;
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** A one-word name, for the chart legend. */
    public String shortLabel() {
        return shortLabel;
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
