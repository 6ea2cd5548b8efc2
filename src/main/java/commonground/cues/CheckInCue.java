package commonground.cues;

/**
 * A cue ticked in a check-in. The category and the words seen are kept with the check-in, so
 * it reads the same after a custom cue is changed or retired. {@code intensity} is 1 to 3, or null.
 */
public record CheckInCue(String cueKey, CueCategory category, String seen, Integer intensity) {

    public CheckInCue {
        if (intensity != null && (intensity < 1 || intensity > 3)) {
            throw new IllegalArgumentException("intensity must be 1, 2 or 3");
        }
    }

    public static CheckInCue of(Cue cue, Integer intensity) {
        return new CheckInCue(cue.key(), cue.category(), cue.seen(), intensity);
    }
}
