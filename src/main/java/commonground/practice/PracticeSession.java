package commonground.practice;

import commonground.people.Pronouns;

import java.time.Instant;
import java.util.List;

/**
 * A kept practice session: which conversation (id and version), the name the user gave the
 * character, the person it was about (if any), when, how it ended (null while unfinished) and the
 * replies given, in order; {@code personPronouns} and {@code personRelationship} are that person's
 * pronouns and relationship now (null for no one).
 */
public record PracticeSession(long id, String conversationId, int conversationVersion, String title,
                              String characterName, Long personId, String personName, Instant startedAt,
                              Instant finishedAt, String endingId, EndingKind endingKind, List<Move> moves,
                              Pronouns personPronouns, commonground.people.Relationship personRelationship) {

    public PracticeSession {
        moves = List.copyOf(moves);
    }

    /** A session whose person's relationship is not known (or with no one). */
    public PracticeSession(long id, String conversationId, int conversationVersion, String title, String characterName,
                           Long personId, String personName, Instant startedAt, Instant finishedAt, String endingId,
                           EndingKind endingKind, List<Move> moves, Pronouns personPronouns) {
        this(id, conversationId, conversationVersion, title, characterName, personId, personName, startedAt,
                finishedAt, endingId, endingKind, moves, personPronouns, null);
    }

    /** The name and pronouns to fill {@code c}'s slots with: the person's pronouns, or the character's own. */
    public CharacterWords words(Conversation c) {
        return new CharacterWords(characterName, personPronouns != null ? personPronouns : c.character().pronouns());
    }

    public boolean finished() {
        return finishedAt != null;
    }
}
