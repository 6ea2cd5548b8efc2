package commonground.shell;

import java.util.List;
import java.util.Locale;

/**
 * A gentle hint about how hard a passphrase would be to guess. A phrase is judged by how many
 * separate words it has (four or more is strong); a single string by the bits of a random choice
 * from the kinds of characters used. Well-known passwords and runs of one character are weak. It
 * never shows or stores the passphrase itself.
 */
public enum PassphraseStrength {
    EMPTY(""),
    TOO_SHORT("At least 8 characters. A short sentence only you would think of works well."),
    WEAK("Easy to guess. Try three or four unrelated words, like a small sentence only you would write."),
    FAIR("Fair. Another word or two would make it much harder to guess."),
    STRONG("Strong. Keep it somewhere safe until you know it by heart.");

    private static final List<String> COMMON = List.of("password", "passphrase", "123456", "qwerty", "letmein",
            "iloveyou", "welcome", "abc123", "monkey", "dragon", "111111", "sunshine", "princess", "football");

    private final String hint;

    PassphraseStrength(String hint) {
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }

    public static PassphraseStrength of(CharSequence passphrase) {
        if (passphrase == null || passphrase.length() == 0) {
            return EMPTY;
        }
        String p = passphrase.toString();
        if (p.length() < commonground.storage.PrivacyLock.MIN_PASSPHRASE) {
            return TOO_SHORT;
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (p.chars().distinct().count() <= 3 || COMMON.stream().anyMatch(lower::contains)) {
            return WEAK;
        }
        int pool = 0;
        if (p.chars().anyMatch(Character::isLowerCase)) {
            pool += 26;
        }
        if (p.chars().anyMatch(Character::isUpperCase)) {
            pool += 26;
        }
        if (p.chars().anyMatch(Character::isDigit)) {
            pool += 10;
        }
        if (p.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) {
            pool += 33;
        }
        double bits = p.length() * Math.log(Math.max(pool, 10)) / Math.log(2);
        long words = java.util.Arrays.stream(p.trim().split("[\\s\\-_.,]+")).filter(w -> w.length() >= 2).count();
        if (words >= 2) {
            // A phrase: ordinary words are guessed as words, so count them rather than characters.
            return words >= 4 ? STRONG : words == 3 ? FAIR : WEAK;
        }
        return bits >= 70 ? STRONG : bits >= 50 ? FAIR : WEAK;
    }
}
