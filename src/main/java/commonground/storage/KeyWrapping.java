package commonground.storage;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Wraps the data key with AES-GCM under a key derived with Argon2id ({@link KeyDerivation}) from
 * a passphrase or the recovery key, and unwraps it again. A wrapped key is
 * {@code [96-bit nonce][ciphertext and tag]}, bound to its kind so one kind cannot stand in for another.
 */
final class KeyWrapping {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** The data key wrapped under one secret, with what is needed to derive that secret's key again. */
    record WrappedKey(String kind, KeyDerivation kdf, byte[] salt, byte[] wrapped) {
    }

    private final SecureRandom random;
    private final KeyDerivation kdf;

    KeyWrapping(SecureRandom random, KeyDerivation kdf) {
        this.random = random;
        this.kdf = kdf;
    }

    WrappedKey wrap(String kind, char[] secret, byte[] dataKey) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] kek = kdf.derive(secret, salt);
        WipeableKey kekKey = new WipeableKey(kek);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, kekKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyAad(kind));
            byte[] ct = cipher.doFinal(dataKey);
            byte[] out = new byte[NONCE_BYTES + ct.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(ct, 0, out, NONCE_BYTES, ct.length);
            return new WrappedKey(kind, kdf, salt, out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        } finally {
            Arrays.fill(kek, (byte) 0);
            kekKey.destroy();
        }
    }

    /** The data key, or null when {@code secret} is not the one it was wrapped with. */
    static byte[] unwrap(WrappedKey key, char[] secret) {
        byte[] kek = key.kdf().derive(secret, key.salt());
        WipeableKey kekKey = new WipeableKey(kek);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, kekKey,
                    new GCMParameterSpec(TAG_BITS, key.wrapped(), 0, NONCE_BYTES));
            cipher.updateAAD(keyAad(key.kind()));
            return cipher.doFinal(key.wrapped(), NONCE_BYTES, key.wrapped().length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        } finally {
            Arrays.fill(kek, (byte) 0);
            kekKey.destroy();
        }
    }

    private static byte[] keyAad(String kind) {
        return ("common-ground/data-key/1/" + kind).getBytes(StandardCharsets.US_ASCII);
    }
}
