package commonground.privacy;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * Privacy's one message line, when it speaks of what was typed in a passphrase field ("Please type
 * your current passphrase first", "That is not your current passphrase", "easy to guess"...): out
 * of date, and taken away, as soon as the person types in one of those fields again.
 */
final class FieldMessages {

    private FieldMessages() {
    }

    static void forgetWhenTyped(StringProperty message, BooleanProperty busy, Runnable forget,
                                StringProperty... fields) {
        for (StringProperty field : fields) {
            field.addListener((obs, old, now) -> {
                // Not while the app works (it clears the fields itself), nor when a field is emptied.
                if (!now.isEmpty() && !busy.get() && PrivacyWords.aboutTheFields(message.get())) {
                    forget.run();
                }
            });
        }
    }
}
