package commonground.practice;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking a practice file: the conversation when it is usable, otherwise the
 * problems, each naming the file, the line and the field.
 */
public record ConversationCheck(Optional<Conversation> conversation, List<String> problems) {

    public ConversationCheck {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty() && conversation.isPresent();
    }

    static ConversationCheck ok(Conversation conversation) {
        return new ConversationCheck(Optional.of(conversation), List.of());
    }

    static ConversationCheck failed(List<String> problems) {
        return new ConversationCheck(Optional.empty(), problems);
    }
}
