package commonground.cues;

import commonground.people.Person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the check-in form into a draft to save, or says what to change first. */
final class CheckInReading {

    /** Said under the time field when what it holds is not a time. */
    static final String TIME_UNREAD = "Please give the time as hours and minutes, for example 18:30.";

    private CheckInReading() {
    }

    /** Whether {@code problem} is about the time field, so it is said next to that field. */
    static boolean aboutTheTime(String problem) {
        return TIME_UNREAD.equals(problem) || CheckInDraft.TIME_AHEAD.equals(problem);
    }

    /**
     * @param kept cues of the check-in being edited that are no longer on the checklist, kept as saved
     */
    static CheckInViewModel.CheckInDraftOrProblem read(CheckInViewModel form, CheckInDay day,
                                                       Map<String, CheckInCue> kept, CuesViewModel shared,
                                                       Clock clock) {
        Person person = shared.personProperty().get();
        if (person == null) {
            return problem("Please choose a person first. You can add people under People.");
        }
        LocalTime at;
        try {
            at = LocalTime.parse(form.timeProperty().get().strip(), DateTimeFormatter.ofPattern("H:mm"));
        } catch (DateTimeParseException e) {
            return problem(TIME_UNREAD);
        }
        if (!day.problemProperty().get().isEmpty()) {
            return problem(day.problemProperty().get());
        }
        Instant when = LocalDateTime.of(day.dateProperty().get(), at).atZone(clock.getZone()).toInstant();
        List<CheckInCue> cues = new ArrayList<>();
        form.ticked().forEach((key, intensity) -> {
            Integer level = intensity == null || intensity == 0 ? null : intensity;
            CheckInCue saved = kept.get(key);
            if (saved != null) {
                cues.add(new CheckInCue(saved.cueKey(), saved.category(), saved.seen(), level));
            } else {
                shared.cue(key).ifPresent(cue -> cues.add(CheckInCue.of(cue, level)));
            }
        });
        CheckInDraft draft = new CheckInDraft(person.id(), when, form.contextProperty().get(),
                form.activityProperty().get(), cues, form.noteProperty().get(), form.responseProperty().get());
        String problem = draft.problem(clock.instant());
        return problem == null ? new CheckInViewModel.CheckInDraftOrProblem(draft, null) : problem(problem);
    }

    private static CheckInViewModel.CheckInDraftOrProblem problem(String message) {
        return new CheckInViewModel.CheckInDraftOrProblem(null, message);
    }
}
