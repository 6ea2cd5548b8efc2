package commonground.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One time through a practice conversation: where it is (a turn or an ending), the character's
 * hidden openness, and the replies given so far. Replies that close them lower the openness by
 * one, replies that open them raise it by one, within 0 to 4. Plain Java, no JavaFX.
 */
public final class Playthrough {

    private final Conversation conversation;
    private final CharacterWords words;
    private final List<Move> moves = new ArrayList<>();
    private int openness;
    private String at;

    private Playthrough(Conversation conversation, CharacterWords words, int openness, String at) {
        this.conversation = conversation;
        this.words = words;
        this.openness = openness;
        this.at = at;
    }

    /** A new practice at the first turn, with the character called {@code name}, with their own pronouns. */
    public static Playthrough start(Conversation conversation, String name) {
        return start(conversation, new CharacterWords(name, conversation.character().pronouns()));
    }

    /** A new practice at the first turn, with the character's name and pronouns as {@code words} say. */
    public static Playthrough start(Conversation conversation, CharacterWords words) {
        return new Playthrough(conversation, words, conversation.character().openness(), conversation.first().id());
    }

    /**
     * A practice that has already given {@code earlier} (replayed, so the openness is as it was)
     * and stands at the turn the next of them was given at: "Try from here".
     */
    public static Playthrough replay(Conversation conversation, CharacterWords words, List<Move> earlier) {
        Playthrough p = start(conversation, words);
        for (Move m : earlier) {
            Turn turn = p.turn().orElseThrow(() -> new IllegalArgumentException("the practice had already ended"));
            if (!turn.id().equals(m.turnId())) {
                throw new IllegalArgumentException("this practice no longer matches the conversation");
            }
            if (m.isTyped()) {
                p.apply(turn, m.typed(), null, m.effect(), m.practices(), m.closes(),
                        turn.nextFor(m.effect(), m.practices(), m.closes()));
            } else {
                p.choose(m.replyIndex());
            }
        }
        return p;
    }

    public Conversation conversation() {
        return conversation;
    }

    /** The name the user gave the character. */
    public String name() {
        return words.name();
    }

    /** The name and pronouns the conversation's slots are filled with. */
    public CharacterWords words() {
        return words;
    }

    /** The character's openness now, 0 (shut) to 4 (at ease). Not shown as a number. */
    public int openness() {
        return openness;
    }

    public Optional<Turn> turn() {
        return conversation.turn(at);
    }

    public Optional<Ending> ending() {
        return conversation.ending(at);
    }

    public boolean finished() {
        return ending().isPresent();
    }

    public List<Move> moves() {
        return List.copyOf(moves);
    }

    /** Gives the chosen reply {@code index} of the current turn. */
    public Move choose(int index) {
        Turn turn = current();
        if (index < 0 || index >= turn.replies().size()) {
            throw new IllegalArgumentException("there is no reply " + (index + 1) + " here");
        }
        Reply r = turn.replies().get(index);
        return apply(turn, null, index, r.effect(), r.practices(), r.closes(), r.next());
    }

    /** Gives typed words, as the coach read them. A reply the coach read as about safety is not played. */
    public Move type(String text, TypedReading reading) {
        Turn turn = current();
        if (reading.safety()) {
            throw new IllegalStateException("a reply about safety is not played");
        }
        return apply(turn, text, null, reading.effect(), reading.practices(), reading.closes(),
                turn.nextFor(reading.effect(), reading.practices(), reading.closes()));
    }

    private Turn current() {
        return turn().orElseThrow(() -> new IllegalStateException("the practice has ended"));
    }

    private Move apply(Turn turn, String typed, Integer index, Effect effect, List<String> practices,
                       List<ClosingMove> closes, String next) {
        openness = Math.max(Persona.MIN_OPENNESS, Math.min(Persona.MAX_OPENNESS, openness + effect.shift()));
        Move move = new Move(turn.id(), index, typed, effect, practices, closes, openness);
        moves.add(move);
        at = next;
        return move;
    }

    /** {@code text} with the name, the pronouns and the verbs that agree with them filled in. */
    public String fill(String text) {
        return words.fill(text);
    }
}
