package commonground.storage;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Seals one field with AES-256-GCM under the data key. A sealed value is
 * {@code [format 1][96-bit random nonce][ciphertext and 128-bit tag]}; the associated data binds
 * it to the format, the table, the column and the row id, and (format 2) to the row's
 * {@link RowStamp}, so a value copied into another row or column, or from an earlier version of
 * the row, fails its check instead of showing the wrong text.
 *
 * <ul>
 *   <li>Format 2 (since 0010): the text padded to a size bucket ({@link SizeBuckets}), bound to the
 *       row's uid and write counter. The only format stored once a write is committed.</li>
 *   <li>Format 3: the same, bound instead to a random key of this cipher: a value sealed during a
 *       write before its row's stamp is known. {@link SealingSession#finish} seals each again in
 *       format 2 before the write commits, so none outlives the transaction (nor opens after the
 *       next unlock, which makes a new cipher).</li>
 *   <li>Format 1 (before 0010): no padding, bound to the row id only. Never written, and read only
 *       while {@link Resealing#upgradeAll} seals it again at the first unlock after 0010.</li>
 * </ul>
 */
final class FieldCipher {

    static final byte FORMAT = 2;
    static final byte FORMAT_PENDING = 3;
    static final byte FORMAT_UNPADDED = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** Finds the stamp of a row when a format 2 value is opened (looked up only then). */
    interface Stamps {
        RowStamp of(SealedColumn column, long rowId);
    }

    private final WipeableKey key;
    private final SecureRandom random;
    private final String pendingKey;

    FieldCipher(byte[] dataKey, SecureRandom random) {
        if (dataKey.length != 32) {
            throw new IllegalArgumentException("The data key must be 256 bits");
        }
        this.key = new WipeableKey(dataKey);
        this.random = random;
        byte[] pending = new byte[16];
        random.nextBytes(pending);
        this.pendingKey = HexFormat.of().formatHex(pending);
    }

    /**
     * Whether format 1 values open: only while {@link Resealing#upgradeAll} seals them again at the
     * first unlock after 0010. Afterwards one is refused, as it is bound to the row id only and
     * could have been copied from an old backup.
     */
    private volatile boolean acceptUnpadded;

    void acceptUnpadded(boolean accept) {
        acceptUnpadded = accept;
    }

    byte[] keyBytes() {
        return key.getEncoded();
    }

    /** Wipes the key bytes; this cipher can neither seal nor open afterwards. */
    void forget() {
        key.destroy();
    }

    /** {@code text} sealed for row {@code rowId} as it stands at {@code stamp}. */
    byte[] seal(SealedColumn column, long rowId, RowStamp stamp, String text) {
        return seal(FORMAT, column, rowId, stamp.binding(), text);
    }

    /** {@code text} sealed until the write's end, when the row's stamp is known ({@link SealingSession#finish}). */
    byte[] sealPending(SealedColumn column, long rowId, String text) {
        return seal(FORMAT_PENDING, column, rowId, pendingKey, text);
    }

    private byte[] seal(byte format, SealedColumn column, long rowId, String binding, String text) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] plain = SizeBuckets.pad(text.getBytes(StandardCharsets.UTF_8));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(format, column, rowId, binding));
            byte[] out = new byte[1 + NONCE_BYTES + cipher.getOutputSize(plain.length)];
            out[0] = format;
            System.arraycopy(nonce, 0, out, 1, NONCE_BYTES);
            cipher.doFinal(plain, 0, plain.length, out, 1 + NONCE_BYTES);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /**
     * The text sealed in {@code sealed}; throws {@link SealedTextException} when it fails its check
     * (changed, moved from another row or column, or from an earlier version of this row).
     */
    String open(SealedColumn column, long rowId, byte[] sealed, Stamps stamps) {
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8) {
            throw new SealedTextException(column, rowId);
        }
        byte format = sealed[0];
        String binding;
        if (format == FORMAT) {
            RowStamp stamp = stamps.of(column, rowId);
            if (stamp == null) {
                throw new SealedTextException(column, rowId);
            }
            binding = stamp.binding();
        } else if (format == FORMAT_PENDING) {
            binding = pendingKey;
        } else if (format == FORMAT_UNPADDED && acceptUnpadded) {
            binding = null;
        } else {
            throw new SealedTextException(column, rowId);
        }
        byte[] plain = null;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData(format, column, rowId, binding));
            plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
            int length = format == FORMAT_UNPADDED ? plain.length : SizeBuckets.unpaddedLength(plain);
            if (length < 0) {
                throw new SealedTextException(column, rowId);
            }
            return new String(plain, 0, length, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SealedTextException(column, rowId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private static byte[] associatedData(byte format, SealedColumn column, long rowId, String binding) {
        return ("common-ground/" + format + "/" + column.table() + "/" + column.column() + "/" + rowId
                + (binding == null ? "" : "/" + binding)).getBytes(StandardCharsets.US_ASCII);
    }
}
