package commonground.cues;

import java.util.List;

/**
 * A cue on the checklist. {@code key} is the content id of a built-in cue, or {@code user:<uuid>}
 * for one the user added. A retired cue is hidden from the checklist; past check-ins keep it.
 * {@code personId} is the person a cue the user added is particular to; null for a cue shared with
 * everyone (every built-in one).
 */
public record Cue(String key, CueText text, List<String> practices, boolean custom, boolean retired,
                  Long personId) {

    public static final String USER_PREFIX = "user:";

    public Cue {
        practices = practices == null ? List.of() : List.copyOf(practices);
    }

    /** A cue shared with everyone. */
    public Cue(String key, CueText text, List<String> practices, boolean custom, boolean retired) {
        this(key, text, practices, custom, retired, null);
    }

    /** True when this cue belongs on the checklist for {@code personId} (null: no one chosen). */
    public boolean isFor(Long personId) {
        return this.personId == null || this.personId.equals(personId);
    }

    /** True when the cue is shared with everyone rather than particular to one person. */
    public boolean shared() {
        return personId == null;
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
