package commonground.cues;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A check-in being filled in, exactly as the form holds it (nothing is checked or trimmed), kept
 * so quitting or leaving the page loses nothing. {@code date} is ISO ("2026-12-01") or empty,
 * {@code time} is the text of the time field; {@code ticked} maps cue keys to intensity 0-3.
 */
public record KeptCheckIn(long personId, String date, String time, String context, String activity,
                          String note, String response, Map<String, Integer> ticked) {

    public KeptCheckIn {
        date = date == null ? "" : date;
        time = time == null ? "" : time;
        context = context == null ? "" : context;
        activity = activity == null ? "" : activity;
        note = note == null ? "" : note;
        response = response == null ? "" : response;
        ticked = ticked == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ticked));
    }
}
