package commonground.practice;

import java.time.Instant;
import java.util.List;

/**
 * A kept practice session: which conversation (id and version), the name the user gave the
 * character, the person it was about (if any), when, how it ended (null while unfinished) and the
 * replies given, in order.
 */
public record PracticeSession(long id, String conversationId, int conversationVersion, String title,
                              String characterName, Long personId, String personName, Instant startedAt,
                              Instant finishedAt, String endingId, EndingKind endingKind, List<Move> moves) {

    public PracticeSession {
        moves = List.copyOf(moves);
    }

    public boolean finished() {
        return finishedAt != null;
    }
}
