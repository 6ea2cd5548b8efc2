package commonground.cues;

import commonground.shell.ComeBackChoice;
import commonground.shell.ComeBackDates;
import commonground.shell.ComeBackSuggestion;

import java.time.Period;

/**
 * The "Come back to this on" field under the check-in form: for the check-in just saved, or the one
 * being edited. The day suggested is read from what the user did ("try again next week"), else a week on.
 */
public final class CheckInComeBack {

    private final ComeBackChoice choice;

    public CheckInComeBack(CheckInViewModel checkIn, ComeBackChoice choice) {
        this.choice = choice;
        checkIn.lastSavedProperty().addListener((obs, old, now) -> show(now));
        checkIn.editingProperty().addListener((obs, old, now) -> {
            if (now != null) {
                show(now);
            }
        });
    }

    private void show(CheckIn c) {
        if (c == null) {
            choice.hide();
            return;
        }
        choice.show(ComeBackDates.CHECK_IN, c.uuid(), c.personId(), ComeBackSuggestion.suggest(
                c.draft().response() + "\n" + c.draft().note(), choice.today(), Period.ofWeeks(1)));
    }

    public ComeBackChoice choice() {
        return choice;
    }
}
