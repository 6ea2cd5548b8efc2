package commonground.cues;

/** How many cues of one category were ticked for a person in one ISO week ("2026-W47"). */
public record WeekCount(String week, CueCategory category, int count) {
}
