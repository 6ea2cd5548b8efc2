package commonground.care;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.SetChangeListener;

import java.util.List;

/**
 * The gentle notice for one place the user writes (a note, a check-in, an answer), for its view
 * model: it shows when the text sounds like the writer may not be safe, unless it was dismissed
 * for the item shown or turned off. It never stops anything from being saved.
 *
 * <p>The check runs on each change of the text; it is cheap because each sentence's answer is
 * remembered, so only the sentence being typed is looked at again. Of a very long text only the
 * last {@value #LONGEST_CHECKED} characters are looked at (where new writing usually goes), so
 * opening a long note never holds up the screen: about 0.1 ms a sentence the first time.
 */
public final class DistressNotice {

    static final int LONGEST_CHECKED = 50_000;

    private final CareNotices care;
    private final List<ObservableValue<String>> texts;
    private final String dismissLabel;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing", false);
    private final ReadOnlyBooleanWrapper fromSomeone = new ReadOnlyBooleanWrapper(this, "fromSomeone", false);
    private final ReadOnlyBooleanWrapper confirmingTurnOff = new ReadOnlyBooleanWrapper(this, "confirmingTurnOff");
    private final ReadOnlyBooleanWrapper justTurnedOff = new ReadOnlyBooleanWrapper(this, "justTurnedOff");
    private String item;
    /** Dismissed for what is shown but not saved yet (a new check-in): until the item changes. */
    private boolean dismissedUnsaved;

    /**
     * @param what what the notice is beside, for its button: "note", "check-in", "answer"
     * @param texts the text (or texts) the user writes there
     */
    @SafeVarargs
    public DistressNotice(CareNotices care, String what, ObservableValue<String>... texts) {
        this.care = care;
        this.texts = List.of(texts);
        this.dismissLabel = "Dismiss for this " + what;
        for (ObservableValue<String> text : texts) {
            text.addListener((obs, old, now) -> update());
        }
        care.enabledProperty().addListener((obs, old, now) -> update());
        care.dismissed().addListener((SetChangeListener<String>) change -> update());
        care.load();
        update();
    }

    /** True while the notice should be shown beside the text. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /**
     * Names what the text belongs to (see migration 0008 for the form), or null for something
     * not saved yet. A dismissal for something unsaved lasts until the item changes.
     */
    public void setItem(String item) {
        this.item = item;
        dismissedUnsaved = false;
        confirmingTurnOff.set(false);
        justTurnedOff.set(false);
        update();
    }

    public String item() {
        return item;
    }

    /** Hides the notice for the item shown. */
    public void dismiss() {
        if (item == null) {
            dismissedUnsaved = true;
            update();
        } else {
            care.dismiss(item);
        }
    }

    /**
     * True after the first click on "Turn these notices off": the card then says what that means and
     * asks once more, so the safety net is never switched off everywhere by one click.
     */
    public ReadOnlyBooleanProperty confirmingTurnOffProperty() {
        return confirmingTurnOff.getReadOnlyProperty();
    }

    /** True just after the notices were turned off, so the card can say so briefly before it goes. */
    public ReadOnlyBooleanProperty justTurnedOffProperty() {
        return justTurnedOff.getReadOnlyProperty();
    }

    /** The first step of turning the notices off: asks, changes nothing yet. */
    public void askToTurnOff() {
        confirmingTurnOff.set(true);
    }

    /** Keeps the notices on after being asked. */
    public void keepOn() {
        confirmingTurnOff.set(false);
    }

    /** Turns the notices off everywhere (they can be turned on again in Privacy). */
    public void turnOff() {
        confirmingTurnOff.set(false);
        justTurnedOff.set(true);
        care.setEnabled(false);
    }

    /** Lets the brief word that the notices are off go. */
    public void closeTurnedOff() {
        justTurnedOff.set(false);
    }

    public String dismissLabel() {
        return dismissLabel;
    }

    /**
     * True while the notice shows for danger from someone else (being hurt, threatened or afraid
     * of someone): the card then adds the country's domestic-abuse line to the crisis line.
     */
    public ReadOnlyBooleanProperty fromSomeoneProperty() {
        return fromSomeone.getReadOnlyProperty();
    }

    public String abuseLineText() {
        return care.abuseLineText();
    }

    public String crisisLineText() {
        return care.crisisLineText();
    }

    /** The user's own people to call, or a general line when they have listed no one. */
    public javafx.beans.property.ReadOnlyStringProperty peopleToCallProperty() {
        return care.peopleToCallProperty();
    }

    /** Reads the user's people to call again, for a notice about to show. */
    public void refreshPeopleToCall() {
        care.refreshPeopleToCall();
    }

    private void update() {
        boolean show = care.enabledProperty().get() && !dismissedUnsaved && !care.isDismissed(item) && concerning();
        fromSomeone.set(show && fromSomeone());
        showing.set(show);
        if (!show) {
            confirmingTurnOff.set(false); // a question left open is not asked again the next time
        }
    }

    private boolean concerning() {
        for (ObservableValue<String> text : texts) {
            if (care.signals().concerning(checked(text))) {
                return true;
            }
        }
        return false;
    }

    private boolean fromSomeone() {
        for (ObservableValue<String> text : texts) {
            if (care.signals().dangerFromSomeone(checked(text))) {
                return true;
            }
        }
        return false;
    }

    private static String checked(ObservableValue<String> text) {
        String value = text.getValue();
        return value != null && value.length() > LONGEST_CHECKED ? value.substring(value.length() - LONGEST_CHECKED) : value;
    }
}
