package commonground.cues;

import java.util.List;

/**
 * A cue on the checklist. {@code key} is the content id of a built-in cue, or {@code user:<uuid>}
 * for one the user added. A retired cue is hidden from the checklist; past check-ins keep it.
 */
public record Cue(String key, CueText text, List<String> practices, boolean custom, boolean retired) {

    public static final String USER_PREFIX = "user:";

    public Cue {
        practices = practices == null ? List.of() : List.copyOf(practices);
    }

    public CueCategory category() {
        return text.category();
    }

    public String seen() {
        return text.seen();
    }

    public static String userKey(String uuid) {
        return USER_PREFIX + uuid;
    }
}
