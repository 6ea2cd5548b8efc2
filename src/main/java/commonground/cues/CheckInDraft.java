package commonground.cues;

import commonground.storage.SealedColumn;

import java.time.Instant;
import java.util.List;

/** A check-in as typed, before it is saved. {@link #problem(Instant)} says what must change first. */
public record CheckInDraft(long personId, Instant happenedAt, String context, String activity,
                           List<CheckInCue> cues, String note, String response) {

    /** Said under the time field when the time is later than now. */
    static final String TIME_AHEAD = "That time is still ahead. A check-in is about something that already happened.";

    public static final int MAX_CONTEXT = SealedColumn.CHECK_IN_CONTEXT.maxChars();
    public static final int MAX_ACTIVITY = 60;
    /** What happened and how it went: each holds up to this many characters. */
    public static final int MAX_TEXT = Math.min(SealedColumn.CHECK_IN_NOTE.maxChars(),
            SealedColumn.CHECK_IN_RESPONSE.maxChars());

    public CheckInDraft {
        context = context == null ? "" : context.strip();
        activity = activity == null || activity.isBlank() ? null : activity.strip();
        cues = cues == null ? List.of() : List.copyOf(cues);
        note = note == null ? "" : note;
        response = response == null ? "" : response;
    }

    /** A message for the person, or null when this can be saved, judged at the current time. */
    public String problem() {
        return problem(Instant.now());
    }

    /** A message for the person, or null when this can be saved, judged at {@code now}. */
    public String problem(Instant now) {
        if (personId <= 0) {
            return "Please choose who this check-in is about.";
        }
        if (happenedAt == null) {
            return "Please give the day and time, for example 18:30.";
        }
        if (happenedAt.isAfter(now.plusSeconds(60))) {
            return TIME_AHEAD;
        }
        if (cues.isEmpty() && note.isBlank() && response.isBlank()) {
            return "Tick at least one cue, or write a note, so there is something to keep.";
        }
        if (context.length() > MAX_CONTEXT) {
            return "The context can be up to " + MAX_CONTEXT + " characters; the note has room for more.";
        }
        if (activity != null && activity.length() > MAX_ACTIVITY) {
            return "The activity can be up to " + MAX_ACTIVITY + " characters, such as \"cooking\".";
        }
        if (note.length() > MAX_TEXT || response.length() > MAX_TEXT) {
            return "A note can be up to " + MAX_TEXT + " characters. A reflection might be a better home "
                    + "for something this long.";
        }
        return null;
    }
}
