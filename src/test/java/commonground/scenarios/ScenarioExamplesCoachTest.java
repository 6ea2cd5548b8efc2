package commonground.scenarios;

import commonground.content.Practices;
import commonground.language.Finding;
import commonground.language.LanguageCoach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every example phrase in the built-in scenarios passes the message coach without a finding. */
class ScenarioExamplesCoachTest {

    @Test
    void noExamplePhraseJudgesOrDemands() throws Exception {
        LanguageCoach coach = new LanguageCoach();
        List<String> flagged = new ArrayList<>();
        int checked = 0;
        for (BuiltInScenarios.Source source : BuiltInScenarios.load(ScenarioLibrary.validatorFor(Practices.load()))) {
            for (Step step : source.scenario().steps()) {
                if (step.example() == null) {
                    continue;
                }
                checked++;
                for (Finding f : coach.review(step.example()).findings()) {
                    flagged.add(source.scenario().id() + "/" + step.id() + ": " + f.kind() + " '" + f.phrase() + "'");
                }
            }
        }
        assertEquals(List.of(), flagged);
        assertEquals(true, checked >= 30, "only " + checked + " examples");
    }
}
