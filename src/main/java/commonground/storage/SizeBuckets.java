package commonground.storage;

import java.util.Arrays;

/**
 * Pads text to a size bucket before it is sealed, so a sealed value's size no longer tells the
 * length of the text (which, for a multiple-choice answer, would tell the answer). The text is
 * followed by one {@code 0x80} byte and zeros (ISO/IEC 7816-4 padding) up to the bucket:
 * <ul>
 *   <li>up to 1 KiB: the next multiple of 64 bytes (so every short answer has the same size);</li>
 *   <li>longer: the next multiple of one eighth of the largest power of two not above the length,
 *       so at most an eighth is added and only about three bits of the length show.</li>
 * </ul>
 */
final class SizeBuckets {

    static final int SMALL_STEP = 64;
    static final int SMALL_LIMIT = 1024;
    private static final byte MARK = (byte) 0x80;

    private SizeBuckets() {
    }

    /** The padded size for {@code length} bytes of text (the marker byte included). */
    static int bucket(int length) {
        int needed = length + 1;
        if (needed <= SMALL_LIMIT) {
            return roundUp(needed, SMALL_STEP);
        }
        int step = Integer.highestOneBit(needed) / 8;
        return roundUp(needed, step);
    }

    private static int roundUp(int n, int step) {
        return (n + step - 1) / step * step;
    }

    /** {@code text}, then the marker, then zeros up to its bucket. {@code text} is wiped. */
    static byte[] pad(byte[] text) {
        byte[] out = Arrays.copyOf(text, bucket(text.length));
        out[text.length] = MARK;
        Arrays.fill(text, (byte) 0);
        return out;
    }

    /** The length of the text in {@code padded}, or -1 when the padding is not well formed. */
    static int unpaddedLength(byte[] padded) {
        for (int i = padded.length - 1; i >= 0; i--) {
            if (padded[i] == MARK) {
                return i;
            }
            if (padded[i] != 0) {
                return -1;
            }
        }
        return -1;
    }
}
