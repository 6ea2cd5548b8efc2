package commonground.content;

import commonground.cues.Cue;
import commonground.cues.CueCatalogue;
import commonground.language.Finding;
import commonground.language.LanguageCoach;
import commonground.scenarios.BuiltInScenarios;
import commonground.scenarios.ScenarioLibrary;
import commonground.scenarios.Step;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app practises what it teaches: every built-in acknowledgement in the cue catalogue and
 * every example phrase in the built-in scenarios passes the message coach with no findings.
 */
class ContentPassesTheCoachTest {

    private final LanguageCoach coach = new LanguageCoach();

    private List<String> flagged(List<String> phrases) {
        List<String> problems = new ArrayList<>();
        for (String phrase : phrases) {
            List<Finding> findings = coach.review(phrase).findings();
            if (!findings.isEmpty()) {
                problems.add("\"" + phrase + "\" -> " + findings.stream()
                        .map(f -> f.kind() + " '" + f.phrase() + "'").collect(Collectors.joining(", ")));
            }
        }
        return problems;
    }

    @Test
    void everyBuiltInAcknowledgementPassesTheCoach() throws Exception {
        CueCatalogue catalogue = CueCatalogue.load(Practices.load());
        List<String> acknowledgements = catalogue.all().stream().filter(c -> !c.custom())
                .map(Cue::text).flatMap(t -> t.acknowledgements().stream()).toList();
        assertTrue(acknowledgements.size() >= 40, "found " + acknowledgements.size());
        List<String> problems = flagged(acknowledgements);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyExamplePhraseInTheScenariosPassesTheCoach() throws Exception {
        List<String> examples = BuiltInScenarios.load(ScenarioLibrary.validatorFor(Practices.load())).stream()
                .flatMap(s -> s.scenario().steps().stream()).map(Step::example)
                .filter(e -> e != null && !e.isBlank()).toList();
        assertTrue(examples.size() >= 7, "found " + examples.size());
        List<String> problems = flagged(examples);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
