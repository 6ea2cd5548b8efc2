package commonground.practice;

import commonground.content.ContentException;
import commonground.content.Practice;
import commonground.content.Practices;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The practice conversations on offer: the built-in ones, checked once on first use. Call it off
 * the JavaFX thread.
 */
public final class PracticeLibrary {

    private final Supplier<Practices> practices;
    private ConversationValidator validator;
    private List<Conversation> builtIns;

    public PracticeLibrary(Supplier<Practices> practices) {
        this.practices = practices;
    }

    public static ConversationValidator validatorFor(Practices practices) {
        return new ConversationValidator(practices.all().stream().map(Practice::id).collect(Collectors.toSet()));
    }

    synchronized ConversationValidator validator() throws ContentException {
        ready();
        return validator;
    }

    private synchronized void ready() throws ContentException {
        if (validator == null) {
            validator = validatorFor(practices.get());
            builtIns = BuiltInConversations.load(validator);
        }
    }

    /** The built-in conversations, conversations first, then drills. */
    public List<Conversation> builtIns() throws ContentException {
        ready();
        return builtIns;
    }
}
