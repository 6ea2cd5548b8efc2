package commonground.privacy;

import commonground.shell.PassphraseStrength;
import commonground.storage.PrivacyLock;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.CharBuffer;

/**
 * A new passphrase being chosen, typed twice: how hard it is to guess, and what stands in its
 * way. One the strength check rates weak is refused, with a kind word on what works better.
 */
final class PassphraseChoice {

    static final String TOO_SHORT = "Please choose a passphrase of at least " + PrivacyLock.MIN_PASSPHRASE
            + " characters.";
    static final String NOT_SAME = "The two passphrases are not the same yet.";
    static final String TOO_EASY = "This one would be easy for someone else to guess, so it could not keep your "
            + "writing private. Three or four words that do not belong together, like a small sentence only you "
            + "would write, are easier to remember and far harder to guess.";

    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ObjectProperty<PassphraseStrength> strength = new SimpleObjectProperty<>(PassphraseStrength.EMPTY);

    PassphraseChoice() {
        passphrase.addListener((obs, old, now) -> strength.set(PassphraseStrength.of(now)));
    }

    /** Why the passphrase cannot be used yet, or null when it can. */
    String problem() {
        String p = passphrase.get();
        if (p.length() < PrivacyLock.MIN_PASSPHRASE) {
            return TOO_SHORT;
        }
        if (strength.get() == PassphraseStrength.WEAK) {
            return TOO_EASY;
        }
        if (!p.equals(repeat.get())) {
            return NOT_SAME;
        }
        return null;
    }

    /**
     * What stands in the way, for the line under the fields: only the length until the repeat is
     * typed (the strength line already says how guessable it is), so no one is scolded halfway.
     */
    StringBinding hint() {
        return Bindings.createStringBinding(this::hintText, passphrase, repeat, strength);
    }

    /** The line under the fields as it reads now (see {@link #hint()}). */
    String hintText() {
        if (repeat.get().isEmpty()) {
            return passphrase.get().isEmpty() || passphrase.get().length() >= PrivacyLock.MIN_PASSPHRASE ? ""
                    : "At least " + PrivacyLock.MIN_PASSPHRASE + " characters, please.";
        }
        String problem = problem();
        return problem == null ? "" : problem;
    }

    /** The chosen passphrase as characters, for the caller to wipe once used. */
    char[] chars() {
        return toChars(passphrase.get());
    }

    /** Characters of {@code text}, copied straight into an array the caller wipes. */
    static char[] toChars(CharSequence text) {
        char[] out = new char[text.length()];
        CharBuffer.wrap(text).get(out);
        return out;
    }

    void clear() {
        passphrase.set("");
        repeat.set("");
    }

    StringProperty passphrase() {
        return passphrase;
    }

    StringProperty repeat() {
        return repeat;
    }

    ObjectProperty<PassphraseStrength> strength() {
        return strength;
    }
}
