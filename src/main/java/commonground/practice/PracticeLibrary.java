package commonground.practice;

import commonground.content.ContentException;
import commonground.content.Practice;
import commonground.content.Practices;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The practice conversations on offer: the built-in ones, checked once on first use, and the ones
 * the user imported (the newest version of each). Every method may read files or the database:
 * call it off the JavaFX thread.
 */
public final class PracticeLibrary {

    /** What an import did: the conversation when it was added, and the messages to show. */
    public record ImportOutcome(Optional<Conversation> conversation, List<String> messages) {
        public boolean imported() {
            return conversation.isPresent();
        }
    }

    private final PracticeTextRepository texts;
    private final Supplier<Practices> practices;
    private ConversationValidator validator;
    /** For files already kept: without the pronoun checks added later, so an earlier import still opens. */
    private ConversationValidator storedValidator;
    private List<Conversation> builtIns;

    public PracticeLibrary(PracticeTextRepository texts, Supplier<Practices> practices) {
        this.texts = texts;
        this.practices = practices;
    }

    public static ConversationValidator validatorFor(Practices practices) {
        return new ConversationValidator(practices.all().stream().map(Practice::id).collect(Collectors.toSet()));
    }

    private synchronized void ready() throws ContentException {
        if (validator == null) {
            validator = validatorFor(practices.get());
            storedValidator = validator.forStoredFiles();
            builtIns = BuiltInConversations.load(validator);
        }
    }

    /** The built-in conversations (conversations, then drills), then the imported ones by title. */
    public List<Conversation> offers() throws ContentException {
        ready();
        List<Conversation> out = new ArrayList<>(builtIns);
        Set<String> seen = new HashSet<>();
        List<Conversation> imported = new ArrayList<>();
        for (PracticeTextRepository.StoredText t : texts.all()) {
            if (seen.add(t.conversationId())) {
                storedValidator.checkText(t.title(), t.yaml()).conversation().ifPresent(imported::add);
            }
        }
        imported.sort((a, b) -> a.title().compareToIgnoreCase(b.title()));
        out.addAll(imported);
        return out;
    }

    /** The built-in conversation that practises the walk-through {@code scenarioId}, if there is one. */
    public Optional<Conversation> forWalkThrough(String scenarioId) throws ContentException {
        ready();
        return builtIns.stream().filter(c -> scenarioId.equals(c.walkThrough())).findFirst();
    }

    /** The conversation a session was made with: the imported text of that version, or the built-in one. */
    public Optional<Conversation> find(String id, int version) throws ContentException {
        ready();
        Optional<PracticeTextRepository.StoredText> text = texts.find(id, version);
        if (text.isPresent()) {
            return storedValidator.checkText(text.get().title(), text.get().yaml()).conversation();
        }
        return builtIns.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Checks a file and, only when it has no problems, keeps it so it is offered from now on. */
    public ImportOutcome importFile(Path file) throws ContentException {
        ready();
        ConversationCheck check = validator.checkFile(file);
        if (!check.valid()) {
            return new ImportOutcome(Optional.empty(), check.problems());
        }
        Conversation c = check.conversation().orElseThrow();
        String source = file.toString();
        if (builtIns.stream().anyMatch(b -> b.id().equals(c.id()))) {
            return new ImportOutcome(Optional.empty(), List.of(source + ": field 'id': '" + c.id()
                    + "' is the id of a practice that comes with the app; please give yours another id"));
        }
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new ImportOutcome(Optional.empty(), List.of(source + ": could not be read (" + e.getMessage() + ")"));
        }
        Optional<PracticeTextRepository.StoredText> existing = texts.find(c.id(), c.version());
        if (existing.isPresent() && !existing.get().yaml().equals(yaml)) {
            return new ImportOutcome(Optional.empty(), List.of(source + ": field 'version': version " + c.version()
                    + " of '" + c.id() + "' was imported before with different text; raise the version to import "
                    + "this changed conversation (sessions made with the old one stay readable)"));
        }
        if (existing.isPresent()) {
            return new ImportOutcome(Optional.of(c), List.of("\"" + c.title() + "\" was already imported; nothing changed."));
        }
        texts.keep(c.id(), c.version(), c.title(), yaml);
        return new ImportOutcome(Optional.of(c), List.of("Imported \"" + c.title() + "\" (version " + c.version() + ")."));
    }
}
