package commonground.storage.sync;

import java.time.Instant;

/**
 * The other version of a text that was changed on two computers before they saw each other:
 * {@code field} of record {@code rowUuid} in {@code table}, as it was written at {@code writtenAt}.
 */
public record ConflictCopy(String uuid, String table, String rowUuid, String field, String text, Instant writtenAt) {
}
