package commonground.practice;

import java.util.List;
import java.util.Optional;

/**
 * A practice conversation, checked: every link leads to a turn or an ending, every turn can be
 * reached and can reach an ending. {@code walkThrough} is the id of the walk-through it practises,
 * or null.
 */
public record Conversation(String id, int version, ConversationKind kind, String title, String summary,
                           int minutes, int order, String walkThrough, String setting, Persona character,
                           List<Turn> turns, List<Ending> endings) {

    public Conversation {
        turns = List.copyOf(turns);
        endings = List.copyOf(endings);
    }

    /** Where every practice starts. */
    public Turn first() {
        return turns.get(0);
    }

    public Optional<Turn> turn(String id) {
        return turns.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Ending> ending(String id) {
        return endings.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
