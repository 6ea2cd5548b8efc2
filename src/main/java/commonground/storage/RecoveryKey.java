package commonground.storage;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The recovery key shown once when the lock is set up: 160 random bits written as 32 characters
 * of Crockford's base 32 in groups of four (no I, L, O or U, so it is hard to misread). Reading
 * it back ignores case, spaces and dashes, and takes O for 0 and I or L for 1.
 */
final class RecoveryKey {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int CHARS = 32;

    private RecoveryKey() {
    }

    static String generate(SecureRandom random) {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                if (out.length() > 0 && out.length() % 5 == 4) {
                    out.append('-');
                }
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return out.toString();
    }

    /** The key in canonical form (32 characters, no dashes), or null when it cannot be a recovery key. */
    static char[] normalize(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (char ch : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (ch == '-' || Character.isWhitespace(ch)) {
                continue;
            }
            char c = switch (ch) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> ch;
            };
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
            out.append(c);
        }
        if (out.length() != CHARS) {
            return null;
        }
        char[] key = new char[CHARS];
        out.getChars(0, CHARS, key, 0);
        return key;
    }
}
