package commonground.scenarios;

import commonground.content.Practices;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanMarkdownTest {

    @Test
    void rendersTheAnswersInStepOrderAsAPlan() throws Exception {
        Step info = new Step("i", StepKind.INFO, "Teaching", "Read this", List.of("acceptance"), List.of(), List.of(),
                null, null);
        Step choice = new Step("c", StepKind.CHOICE, "Which way?", "Pick", List.of("consent"),
                List.of(new ChoiceOption("Left", null), new ChoiceOption("Right", null)), List.of(), null, null);
        Step list = new Step("l", StepKind.CHECKLIST, "What applies", "Tick", List.of("their-world"), List.of(),
                List.of("A walk", "A film", "Cooking"), null, null);
        Step empty = new Step("e", StepKind.REFLECT, "Left blank", "Think", List.of("needs"), List.of(), List.of(),
                null, null);
        Step plan = new Step("p", StepKind.PLAN, "My next step", "Plan", List.of("long-game", "self-care"), List.of(),
                List.of(), null, null);
        ScenarioRun run = new ScenarioRun(1, "u", 1, "s", 1, "A scenario", 3L, "Mum", "p", List.of("i", "c", "l", "e"),
                Instant.parse("2026-03-05T12:00:00Z"), Instant.now(), Instant.now());
        String md = PlanMarkdown.render(run, List.of(info, choice, list, empty, plan),
                Map.of("c", "Right", "l", "A walk\nCooking", "p", "Walk to the market on Saturday.\n"),
                Practices.load());
        assertEquals(("""
                # A scenario

                About Mum. Started %s.

                ## Which way?

                *Wait for consent*

                Chosen: Right

                ## What applies

                *Meet them in their world*

                - [x] A walk
                - [x] Cooking

                ## My next step

                *Play the long game, Grieve the limits, care for yourself*

                Walk to the market on Saturday.
                """).formatted(commonground.shell.Dates.day(Instant.parse("2026-03-05T12:00:00Z"))), md);
    }

    @Test
    void linesWrittenApartStayApartWhenTheMarkdownIsRead() throws Exception {
        assertEquals("Call my sister.  \nWalk on Sunday.\n\nThen rest.",
                PlanMarkdown.keepLines("Call my sister.\nWalk on Sunday.\n\nThen rest.\n"));
        assertEquals("One line", PlanMarkdown.keepLines("One line  "));
        assertEquals("Windows  \nlines", PlanMarkdown.keepLines("Windows\r\nlines"));

        Step plan = new Step("p", StepKind.PLAN, "My next step", "Plan", List.of("long-game"), List.of(), List.of(),
                null, null);
        ScenarioRun run = new ScenarioRun(1, "u", 1, "s", 1, "A scenario", null, null, "p", List.of(),
                Instant.parse("2026-03-05T12:00:00Z"), Instant.now(), Instant.now());
        String md = PlanMarkdown.render(run, List.of(plan), Map.of("p", "Call my sister.\nWalk on Sunday."),
                Practices.load());
        assertTrue(md.endsWith("Call my sister.  \nWalk on Sunday.\n"), md);
    }
}
