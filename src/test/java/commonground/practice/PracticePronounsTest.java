package commonground.practice;

import commonground.content.Practice;
import commonground.content.Practices;
import commonground.people.Pronouns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every built-in conversation and drill reads right whoever it is with: filled for someone who goes
 * by she/her, he/him, they/them or just their name, no slot is left over, no line reads "they looks"
 * or "he look", and the narration never names the character with a fixed "he" or "she".
 */
class PracticePronounsTest {

    private static List<Conversation> all;
    /** Verbs written as pairs in the files, in the form that goes with "they" ("look"). */
    private static final Set<String> PLURAL_FORMS = new TreeSet<>();

    @BeforeAll
    static void load() throws Exception {
        Set<String> practices = Practices.load().all().stream().map(Practice::id).collect(Collectors.toSet());
        all = BuiltInConversations.load(new ConversationValidator(practices));
        Matcher m = Pattern.compile("\\{[^{}|]+\\|([^{}|]+)}").matcher(String.join("\n", texts(null)));
        while (m.find()) {
            PLURAL_FORMS.add(m.group(1));
        }
        // The same in the past ("he let you in"), so they cannot tell a wrong present.
        PLURAL_FORMS.removeAll(Set.of("let", "put", "set", "shut", "cut", "hit", "read"));
    }

    /** Every text a user can read in the built-in files, filled with {@code words} (as written when null). */
    private static List<String> texts(CharacterWords words) {
        List<String> out = new ArrayList<>();
        for (Conversation c : all) {
            List<String> raw = new ArrayList<>();
            raw.add(c.title());
            raw.add(c.summary());
            raw.add(c.setting());
            for (Turn t : c.turns()) {
                raw.add(t.says());
                raw.add(t.does());
                raw.add(t.better().line());
                t.replies().forEach(r -> {
                    raw.add(r.say());
                    raw.add(r.note());
                });
            }
            for (Ending e : c.endings()) {
                raw.add(e.title());
                raw.add(e.says());
                raw.add(e.does());
                raw.add(e.text());
            }
            raw.stream().filter(s -> s != null).map(s -> c.id() + ": " + (words == null ? s : words.fill(s)))
                    .forEach(out::add);
        }
        return out;
    }

    private static List<String> matching(List<String> lines, String regex) {
        Pattern p = Pattern.compile(regex);
        return lines.stream().filter(l -> p.matcher(l).find()).toList();
    }

    @Test
    void theyThemReadsTheyLookNeverTheyLooks() {
        List<String> they = texts(new CharacterWords("Sam", Pronouns.THEY));
        assertEquals(List.of(), matching(they, "\\{|}"), "slots left unfilled");
        assertEquals(List.of(), matching(they, "\\b[Tt]hey (is|was|has|does|doesn't|isn't|wasn't|hasn't)\\b"));
        assertEquals(List.of(), matching(they, "\\b[Tt]hey ((just|still|only|almost|nearly|half|already) )?"
                + "(?!always\\b|perhaps\\b)[a-z]*[a-rt-z]s\\b"));
        assertEquals(List.of(), matching(they, "\\b[Tt]hey's\\b"));
        assertTrue(they.contains("im-fine: They look at their plate. Their jaw tightens, and they push a piece of "
                + "potato from one side to the other."), "the line the trial found");
        assertTrue(PLURAL_FORMS.size() > 30, PLURAL_FORMS.toString());
    }

    @Test
    void heAndSheReadHeLooksNeverHeLook() {
        for (Pronouns p : List.of(Pronouns.HE, Pronouns.SHE)) {
            List<String> lines = texts(new CharacterWords("Sam", p));
            String pronoun = p.they("Sam");
            assertEquals(List.of(), matching(lines, "\\{|}"), "slots left unfilled");
            assertEquals(List.of(), matching(lines, "(?i)\\b" + pronoun + " ((just|still|only|almost|nearly|half|already) )?("
                    + "are|were|have|do|don't|aren't|weren't|haven't|" + String.join("|", PLURAL_FORMS) + ")\\b"), p.label());
            assertEquals(List.of(), matching(lines, "(?i)\\b" + pronoun + "'re\\b"), p.label());
        }
        assertTrue(texts(new CharacterWords("Sam", Pronouns.SHE)).contains("im-fine: She looks at her plate. Her jaw "
                + "tightens, and she pushes a piece of potato from one side to the other."));
        assertTrue(texts(new CharacterWords("Jo", Pronouns.SHE)).contains("wont-talk-feelings: Jo lost her job two weeks"
                + " ago and says it's handled. Practise being close to her without making her talk."), "the summary too");
    }

    @Test
    void aNameInsteadOfPronounsReadsAsTheName() {
        List<String> lines = texts(new CharacterWords("Jules", Pronouns.NAME));
        assertEquals(List.of(), matching(lines, "\\{|}"));
        assertTrue(lines.contains("im-fine: Jules looks at Jules' plate. Jules' jaw tightens, and Jules pushes a "
                + "piece of potato from one side to the other."));
    }

    @Test
    void theNarrationNeverFixesTheCharactersPronouns() {
        for (Conversation c : all) {
            List<String> narration = new ArrayList<>();
            narration.add(c.title());
            narration.add(c.summary());
            narration.add(c.setting());
            c.turns().forEach(t -> {
                narration.add(t.does());
                t.replies().stream().map(Reply::note).filter(n -> n != null).forEach(narration::add);
            });
            c.endings().forEach(e -> {
                narration.add(e.title());
                narration.add(e.does());
                narration.add(e.text());
            });
            for (String line : narration) {
                assertEquals(List.of(), PronounChecks.fixed(line), c.id() + ": " + line);
            }
        }
    }
}
