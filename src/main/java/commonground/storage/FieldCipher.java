package commonground.storage;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Seals one field with AES-256-GCM under the data key. A sealed value is
 * {@code [format 1][96-bit random nonce][ciphertext and 128-bit tag]}; the associated data binds
 * it to the format, the table, the column and the row id, so a sealed value copied into another
 * row or column fails its check instead of showing the wrong text.
 */
final class FieldCipher {

    static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final WipeableKey key;
    private final SecureRandom random;

    FieldCipher(byte[] dataKey, SecureRandom random) {
        if (dataKey.length != 32) {
            throw new IllegalArgumentException("The data key must be 256 bits");
        }
        this.key = new WipeableKey(dataKey);
        this.random = random;
    }

    byte[] keyBytes() {
        return key.getEncoded();
    }

    /** Wipes the key bytes; this cipher can neither seal nor open afterwards. */
    void forget() {
        key.destroy();
    }

    byte[] seal(SealedColumn column, long rowId, String text) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(FORMAT, column, rowId));
            byte[] out = new byte[1 + NONCE_BYTES + cipher.getOutputSize(plain.length)];
            out[0] = FORMAT;
            System.arraycopy(nonce, 0, out, 1, NONCE_BYTES);
            cipher.doFinal(plain, 0, plain.length, out, 1 + NONCE_BYTES);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** The text sealed in {@code sealed}; throws {@link SealedTextException} when it fails its check. */
    String open(SealedColumn column, long rowId, byte[] sealed) {
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != FORMAT) {
            throw new SealedTextException(column, rowId);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData(sealed[0], column, rowId));
            byte[] plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
            String text = new String(plain, StandardCharsets.UTF_8);
            Arrays.fill(plain, (byte) 0);
            return text;
        } catch (AEADBadTagException e) {
            throw new SealedTextException(column, rowId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    private static byte[] associatedData(byte format, SealedColumn column, long rowId) {
        return ("common-ground/" + format + "/" + column.table() + "/" + column.column() + "/" + rowId)
                .getBytes(StandardCharsets.US_ASCII);
    }
}
