package commonground.storage.sync;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Seals the files of a sync folder with AES-256-GCM under the sync key, as the passphrase lock
 * seals a field. A sealed file is {@code ["CGS1"][96-bit random nonce][ciphertext and 128-bit tag]};
 * the associated data is the file's place in the folder (its device and number), so a file that
 * is renamed, moved to another device's folder, cut short or changed fails its check.
 */
final class SyncCipher {

    private static final byte[] MAGIC = "CGS1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random;

    SyncCipher(byte[] syncKey, SecureRandom random) {
        if (syncKey.length != 32) {
            throw new IllegalArgumentException("The sync key must be 256 bits");
        }
        this.key = new SecretKeySpec(syncKey, "AES");
        this.random = random;
    }

    byte[] seal(String place, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(place));
            byte[] out = new byte[MAGIC.length + NONCE_BYTES + cipher.getOutputSize(plain.length)];
            System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
            System.arraycopy(nonce, 0, out, MAGIC.length, NONCE_BYTES);
            cipher.doFinal(plain, 0, plain.length, out, MAGIC.length + NONCE_BYTES);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    /** The plain bytes, or null when the file is not whole and authentic for {@code place}. */
    byte[] open(String place, byte[] sealed) {
        int head = MAGIC.length + NONCE_BYTES;
        if (sealed.length < head + TAG_BITS / 8 || !Arrays.equals(sealed, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, MAGIC.length, NONCE_BYTES));
            cipher.updateAAD(aad(place));
            return cipher.doFinal(sealed, head, sealed.length - head);
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    private static byte[] aad(String place) {
        return ("common-ground-sync/1/" + place).getBytes(StandardCharsets.UTF_8);
    }
}
