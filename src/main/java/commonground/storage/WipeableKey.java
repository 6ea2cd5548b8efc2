package commonground.storage;

import javax.crypto.SecretKey;
import java.util.Arrays;

/**
 * An AES key whose bytes this app owns and can wipe. {@code SecretKeySpec} keeps a copy that
 * cannot be cleared; this hands the cipher a fresh copy each time (which the JDK's AES-GCM clears
 * after use) and zeroes its own bytes on {@link #destroy()}.
 */
final class WipeableKey implements SecretKey {

    private static final long serialVersionUID = 1L;

    private final transient byte[] bytes;
    private transient volatile boolean destroyed;

    /** Keeps a copy of {@code key}; the caller wipes its own. */
    WipeableKey(byte[] key) {
        this.bytes = key.clone();
    }

    @Override
    public String getAlgorithm() {
        return "AES";
    }

    @Override
    public String getFormat() {
        return "RAW";
    }

    @Override
    public byte[] getEncoded() {
        if (destroyed) {
            throw new IllegalStateException("This key was wiped.");
        }
        return bytes.clone();
    }

    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }
}
