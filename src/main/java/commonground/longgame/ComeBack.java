package commonground.longgame;

import commonground.storage.SealedColumn;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A day to come back to something: a plan ({@code kind} PLAN), a check-in (CHECK_IN) or a practice
 * session (PRACTICE), named by its uuid. {@code itemId} is the item's local id (0 when the item is
 * gone or of a kind this version does not know); {@code about} names it in a few words that never
 * quote what the user wrote ("Your plan: “A hard conversation”"); {@code personName} is null when
 * it is about no one. {@code answer} is what the user said to "How did it go?", once revisited.
 */
public record ComeBack(long id, String uuid, String kind, String itemUuid, long itemId, Long personId,
                       String personName, String about, LocalDate dueOn, String answer, Instant revisitedAt,
                       LocalDate remindedOn) {

    /** The longest answer to "How did it go?". */
    public static final int MAX_ANSWER = SealedColumn.COME_BACK_ANSWER.maxChars();

    public boolean revisited() {
        return revisitedAt != null;
    }
}
