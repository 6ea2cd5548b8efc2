package commonground.practice;

import java.util.List;

/**
 * One turn in the debrief: what they said, what the user said (chosen or typed), whether it opened
 * or closed them, the practice it showed or the moves that closed, the reply's note, a better line
 * to try and, for typed lines, the coach's notes.
 */
public record DebriefEntry(int position, String theySaid, String youSaid, boolean typed, Effect effect,
                           String shows, String note, String betterLine, String betterPractices,
                           List<String> coachNotes) {

    public DebriefEntry {
        coachNotes = List.copyOf(coachNotes);
    }

    /** "Opened them a little", "Closed them a little" or "Neither opened nor closed". */
    public String effectLabel() {
        return switch (effect) {
            case OPENS -> "Opened them a little";
            case CLOSES -> "Closed them a little";
            case NEUTRAL -> "Neither opened nor closed";
        };
    }

    DebriefEntry withCoachNotes(List<String> notes) {
        return new DebriefEntry(position, theySaid, youSaid, typed, effect, shows, note, betterLine,
                betterPractices, notes);
    }
}
