package commonground.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

/**
 * A key wrapped under a passphrase, as one self-describing value: the same Argon2id derivation
 * ({@link KeyDerivation}) and AES-GCM wrapping ({@link KeyWrapping}) the passphrase lock uses, for
 * keys kept outside the database (the sync key in a sync folder). The value is
 * {@code [format 1][kind][memory KiB][iterations][parallelism][salt][wrapped]}; the kind is bound
 * into the wrapping, so a key of one kind cannot stand in for another.
 */
public final class PassphraseKeys {

    private static final int FORMAT = 1;

    /** The Argon2id cost: memory in KiB, passes and lanes. */
    public record Cost(int memoryKib, int iterations, int parallelism) {
        /** The lock's own cost: 128 MiB, 3 passes, 1 lane (decision 0004). */
        public static final Cost DEFAULT = new Cost(KeyDerivation.DEFAULT.memoryKib(),
                KeyDerivation.DEFAULT.iterations(), KeyDerivation.DEFAULT.parallelism());
    }

    private PassphraseKeys() {
    }

    /** {@code key} wrapped under {@code passphrase} for {@code kind}. */
    public static byte[] wrap(String kind, char[] passphrase, byte[] key, Cost cost, SecureRandom random) {
        KeyDerivation kdf = new KeyDerivation(cost.memoryKib(), cost.iterations(), cost.parallelism());
        KeyWrapping.WrappedKey w = new KeyWrapping(random, kdf).wrap(kind, passphrase, key);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(kind);
            out.writeInt(kdf.memoryKib());
            out.writeInt(kdf.iterations());
            out.writeInt(kdf.parallelism());
            out.writeShort(w.salt().length);
            out.write(w.salt());
            out.writeShort(w.wrapped().length);
            out.write(w.wrapped());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The key wrapped in {@code wrapped}, or null when {@code passphrase} is not the one it was
     * wrapped with.
     *
     * @throws IllegalArgumentException when {@code wrapped} is not a wrapped key of {@code kind}
     *         (damaged, or another file); the message says so in plain words
     */
    public static byte[] unwrap(String kind, char[] passphrase, byte[] wrapped) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(wrapped))) {
            if (in.readUnsignedByte() != FORMAT || !kind.equals(in.readUTF())) {
                throw new IllegalArgumentException("This is not a key file this version of Common Ground can read.");
            }
            int memory = in.readInt();
            int iterations = in.readInt();
            int parallelism = in.readInt();
            if (memory < 8 || memory > 4 * 1024 * 1024 || iterations < 1 || iterations > 100
                    || parallelism < 1 || parallelism > 64) {
                throw new IllegalArgumentException("The key file is damaged (its settings are out of range).");
            }
            byte[] salt = in.readNBytes(in.readUnsignedShort());
            byte[] sealed = in.readNBytes(in.readUnsignedShort());
            if (salt.length < 16 || sealed.length < 12 + 16) {
                throw new IllegalArgumentException("The key file is damaged (it is cut short).");
            }
            KeyDerivation kdf = new KeyDerivation(memory, iterations, parallelism);
            return KeyWrapping.unwrap(new KeyWrapping.WrappedKey(kind, kdf, salt, sealed), passphrase);
        } catch (IOException e) {
            throw new IllegalArgumentException("The key file is damaged (it is cut short).", e);
        }
    }
}
