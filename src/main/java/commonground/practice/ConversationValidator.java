package commonground.practice;

import commonground.content.ContentException;
import commonground.content.ContentFiles;
import commonground.content.YamlLines;
import commonground.people.Pronouns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a practice conversation file and turns it into a {@link Conversation}. Each problem
 * names the file, the line and the field. Used on load, on import and by {@code --check-practice}.
 */
public final class ConversationValidator {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    /** The fields that speak of the character, where a fixed pronoun would ignore the user's choice. */
    private static final Pattern NARRATION = Pattern.compile("(^title|^summary|^setting|\\.does|\\.note|\\.text|^endings\\[\\d+]\\.title)$");
    private static final Pattern FIELD = Pattern.compile("field '([^']+)'");
    private static final Pattern LINE = Pattern.compile(": line \\d+: ");
    static final int MAX_TURNS = 40;
    static final int MIN_REPLIES = 3;
    static final int MAX_REPLIES = 4;
    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 300;
    static final int MAX_SETTING = 1500;
    static final int MAX_SAYS = 600;
    static final int MAX_DOES = 400;
    static final int MAX_REPLY = 300;
    static final int MAX_NOTE = 600;
    static final int MAX_ENDING_TEXT = 1500;
    static final int MAX_RELATIONSHIP = 60;

    private final Set<String> practiceIds;
    private final boolean pronounChecks;

    /** @param practiceIds the practice ids replies and better lines may name */
    public ConversationValidator(Set<String> practiceIds) {
        this(practiceIds, true);
    }

    private ConversationValidator(Set<String> practiceIds, boolean pronounChecks) {
        this.practiceIds = Set.copyOf(practiceIds);
        this.pronounChecks = pronounChecks;
    }

    /**
     * The same checks without the pronoun ones (a fixed "he" in the narration, "{They} looks"), for
     * a file imported before they existed: it still opens, with its sessions, rather than vanishing.
     */
    ConversationValidator forStoredFiles() {
        return new ConversationValidator(practiceIds, false);
    }

    /** Reads and checks a file on disk. */
    public ConversationCheck checkFile(Path file) {
        try {
            // Refuses folders, huge files and text that is not UTF-8, with the same messages as other content.
            ContentFiles.readFile(file, ConversationFile.class);
        } catch (ContentException e) {
            if (!(e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException)) {
                return ConversationCheck.failed(List.of(e.getMessage()));
            }
        }
        try {
            return checkText(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return ConversationCheck.failed(List.of(file + ": could not be read (" + e.getMessage() + ")"));
        }
    }

    /** Checks YAML text that came from {@code source} (a file name or resource). */
    public ConversationCheck checkText(String source, String yaml) {
        try {
            ConversationFile file = ContentFiles.parse(source, yaml, ConversationFile.class);
            return check(new Problems(source, YamlLines.of(yaml)), file);
        } catch (ContentException e) {
            return ConversationCheck.failed(List.of(withFieldLine(e, yaml)));
        }
    }

    /**
     * Jackson reads a whole entry before it finds a stray or wrongly typed field, so its line is
     * the entry's end; the field's own line is more use to an author.
     */
    private static String withFieldLine(ContentException e, String yaml) {
        Matcher field = FIELD.matcher(e.getMessage());
        if (!field.find() || !LINE.matcher(e.getMessage()).find()) {
            return e.getMessage();
        }
        int line = YamlLines.of(yaml).lineOf(field.group(1));
        return line > 0 ? LINE.matcher(e.getMessage()).replaceFirst(": line " + line + ": ") : e.getMessage();
    }

    private ConversationCheck check(Problems problems, ConversationFile file) {
        if (blank(file.id())) {
            problems.top("id", "missing required field");
        } else if (!ID.matcher(file.id()).matches()) {
            problems.top("id", "'" + file.id() + "' should be 1 to 60 lowercase letters, digits or dashes");
        }
        if (file.version() == null) {
            problems.top("version", "missing required field");
        } else if (file.version() < 1) {
            problems.top("version", "should be a whole number of 1 or more");
        }
        ConversationKind kind = null;
        if (blank(file.kind())) {
            problems.top("kind", "missing required field (conversation or drill)");
        } else {
            kind = ConversationKind.fromYaml(file.kind()).orElse(null);
            if (kind == null) {
                problems.top("kind", "unknown kind '" + file.kind() + "' (use conversation or drill)");
            }
        }
        Texts texts = new Texts(problems, pronounChecks, file.character() == null ? null : file.character().name());
        texts.required(null, "title", file.title(), MAX_TITLE, false);
        texts.required(null, "summary", file.summary(), MAX_SUMMARY, true);
        texts.required(null, "setting", file.setting(), MAX_SETTING, true);
        if (file.minutes() == null) {
            problems.top("minutes", "missing required field");
        } else if (file.minutes() < 1 || file.minutes() > 60) {
            problems.top("minutes", "should be between 1 and 60");
        }
        if (file.walkThrough() != null && !ID.matcher(file.walkThrough()).matches()) {
            problems.top("walkThrough", "'" + file.walkThrough() + "' is not a walk-through id");
        }
        Persona persona = persona(problems, texts, file.character());
        List<ConversationFile.TurnEntry> turnEntries = file.turns() == null ? List.of() : file.turns();
        if (turnEntries.isEmpty()) {
            problems.top("turns", "missing required field: a conversation needs turns");
        } else if (turnEntries.size() > MAX_TURNS) {
            problems.top("turns", "has " + turnEntries.size() + " turns; at most " + MAX_TURNS + " are allowed");
        }
        List<ConversationFile.EndingEntry> endingEntries = file.endings() == null ? List.of() : file.endings();
        if (endingEntries.isEmpty()) {
            problems.top("endings", "missing required field: a conversation needs at least 2 endings");
        }
        Set<String> ids = new HashSet<>();
        List<Ending> endings = new ArrayList<>();
        for (int i = 0; i < endingEntries.size(); i++) {
            Ending e = ending(problems, texts, endingEntries.get(i), i, ids);
            if (e != null) {
                endings.add(e);
            }
        }
        List<Turn> turns = new ArrayList<>();
        TurnChecks turnChecks = new TurnChecks(problems, texts, practiceIds);
        for (int i = 0; i < turnEntries.size(); i++) {
            Turn t = turnChecks.turn(turnEntries.get(i), i, ids);
            if (t != null) {
                turns.add(t);
            }
        }
        if (!problems.isEmpty()) {
            return ConversationCheck.failed(problems.all());
        }
        Conversation conversation = new Conversation(file.id(), file.version(), kind, file.title().strip(),
                file.summary().strip(), file.minutes(), file.order() == null ? 100 : file.order(),
                file.walkThrough(), file.setting().strip(), persona, turns, endings);
        new ConversationGraphCheck(conversation, problems).run();
        return problems.isEmpty() ? ConversationCheck.ok(conversation) : ConversationCheck.failed(problems.all());
    }

    private static Persona persona(Problems problems, Texts texts, ConversationFile.CharacterEntry c) {
        if (c == null) {
            problems.top("character", "missing required field (name, relationship, openness)");
            return null;
        }
        texts.required(null, "character.name", c.name(), Persona.MAX_NAME, false);
        texts.required(null, "character.relationship", c.relationship(), MAX_RELATIONSHIP, false);
        if (c.openness() == null) {
            problems.top("character.openness", "missing required field (a whole number from "
                    + Persona.MIN_OPENNESS + ", shut, to " + Persona.MAX_OPENNESS + ", at ease)");
        } else if (c.openness() < Persona.MIN_OPENNESS || c.openness() > Persona.MAX_OPENNESS) {
            problems.top("character.openness", "is " + c.openness() + "; it should be from "
                    + Persona.MIN_OPENNESS + " to " + Persona.MAX_OPENNESS);
        }
        Pronouns pronouns = Pronouns.THEY;
        if (c.pronouns() != null) {
            pronouns = Persona.fromYaml(c.pronouns()).orElse(null);
            if (pronouns == null) {
                problems.top("character.pronouns", "'" + c.pronouns() + "' is not one of she, he or they");
            }
        }
        java.util.Set<commonground.people.Relationship> writtenFor = new java.util.HashSet<>();
        boolean writtenForOk = true;
        if (c.writtenFor() != null) {
            for (String r : c.writtenFor()) {
                var found = Persona.relationshipFromYaml(r);
                if (found.isEmpty()) {
                    writtenForOk = false;
                    problems.top("character.writtenFor", "'" + r + "' is not one of partner, parent, child, friend,"
                            + " colleague or other (the relationships in People)");
                } else {
                    writtenFor.add(found.get());
                }
            }
        }
        if (blank(c.name()) || blank(c.relationship()) || c.openness() == null || pronouns == null || !writtenForOk) {
            return null;
        }
        return new Persona(c.name().strip(), c.relationship().strip(), c.openness(), pronouns, writtenFor);
    }

    private static Ending ending(Problems problems, Texts texts, ConversationFile.EndingEntry e, int index,
                                 Set<String> ids) {
        String at = "endings[" + index + "]";
        if (e == null) {
            problems.top(at, "this ending is empty");
            return null;
        }
        String owner = blank(e.id()) ? null : "ending '" + e.id() + "'";
        int before = problems.count();
        id(problems, owner, at + ".id", e.id(), ids);
        EndingKind kind = null;
        if (blank(e.kind())) {
            problems.at(owner, at + ".kind", "missing required field (open or closed)");
        } else {
            kind = EndingKind.fromYaml(e.kind()).orElse(null);
            if (kind == null) {
                problems.at(owner, at + ".kind", "unknown kind '" + e.kind() + "' (use open or closed)");
            }
        }
        texts.required(owner, at + ".title", e.title(), MAX_TITLE, true);
        texts.required(owner, at + ".says", e.says(), MAX_SAYS, true);
        texts.required(owner, at + ".does", e.does(), MAX_DOES, true);
        texts.required(owner, at + ".text", e.text(), MAX_ENDING_TEXT, true);
        if (problems.count() > before) {
            return null;
        }
        return new Ending(e.id(), kind, e.title().strip(), e.says().strip(), e.does().strip(), e.text().strip());
    }

    static void id(Problems problems, String owner, String field, String id, Set<String> ids) {
        if (blank(id)) {
            problems.at(owner, field, "missing required field");
        } else if (!ID.matcher(id).matches()) {
            problems.at(owner, field, "'" + id + "' should be 1 to 60 lowercase letters, digits or dashes");
        } else if (!ids.add(id)) {
            problems.at(owner, field, "duplicate id '" + id + "': another turn or ending already has it");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Required texts, their length, their slots and their pronouns ({@link CharacterWords}). */
    static final class Texts {
        private final Problems problems;

        private final boolean pronounChecks;
        /** The character's default name spelled as a whole word, or null when the file names none. */
        private final Pattern defaultName;
        private final String name;

        Texts(Problems problems, boolean pronounChecks, String characterName) {
            this.problems = problems;
            this.pronounChecks = pronounChecks;
            this.name = blank(characterName) ? null : characterName.strip();
            this.defaultName = name == null ? null
                    : Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
        }

        void required(String owner, String field, String value, int max, boolean nameAllowed) {
            if (blank(value)) {
                problems.at(owner, field, "missing required field");
                return;
            }
            if (value.length() > max) {
                problems.at(owner, field, "is " + value.length() + " characters long; at most " + max + " are allowed");
            }
            placeholders(owner, field, value, nameAllowed);
        }

        void placeholders(String owner, String field, String value, boolean nameAllowed) {
            Matcher m = PLACEHOLDER.matcher(value);
            while (m.find()) {
                String p = m.group(1);
                if (!nameAllowed) {
                    problems.at(owner, field, "placeholders such as {name} are not filled in here; please write it"
                            + " without one");
                    return;
                }
                if (!CharacterWords.known(p)) {
                    problems.at(owner, field, "unknown placeholder '{" + p + "}' (filled in are {name}, {they},"
                            + " {them}, {their}, {theirs} and {themself}, also with a capital, and verb pairs"
                            + " such as {looks|look})");
                }
            }
            if (!pronounChecks) {
                return;
            }
            if (!nameAllowed) {
                // A title has no slots (it is shown and kept before anyone is chosen): neutral words only.
                for (String fixed : PronounChecks.fixed(value)) {
                    problems.at(owner, field, "'" + fixed + "' is a fixed pronoun; a title has no slots, so word it"
                            + " without one (\"how they feel\", \"someone who\") so it reads right for anyone");
                }
                return;
            }
            if (defaultName != null && defaultName.matcher(value).find()) {
                problems.at(owner, field, "spells the character's name '" + name + "'; write {name} instead, so the"
                        + " line names whoever the user practises with");
            }
            for (String wrong : PronounChecks.agreement(value)) {
                problems.at(owner, field, "'" + wrong + "' reads right for only some pronouns; write the verb as a"
                        + " pair, he or she first: '{They} {looks|look}', '{They} {is|are}'");
            }
            for (String pair : PronounChecks.pairAfterName(value)) {
                problems.at(owner, field, "'" + pair + "' gives a they/them person \"Sam say\"; after {name} write the"
                        + " verb once, as for a name: '{name} says'");
            }
            if (NARRATION.matcher(field).find()) {
                for (String fixed : PronounChecks.fixed(value)) {
                    problems.at(owner, field, "'" + fixed + "' is a fixed pronoun; write {they}, {them}, {their},"
                            + " {theirs} or {themself} so the character has the pronouns the user chose");
                }
            }
        }
    }
}
