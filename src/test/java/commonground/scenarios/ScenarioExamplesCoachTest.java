package commonground.scenarios;

import commonground.content.Practices;
import commonground.language.Finding;
import commonground.language.LanguageCoach;
import commonground.people.Pronouns;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every example phrase in the built-in scenarios passes the message coach without a finding, as
 * it reads for someone with each kind of pronouns and for no one in particular.
 */
class ScenarioExamplesCoachTest {

    @Test
    void noExamplePhraseJudgesOrDemands() throws Exception {
        LanguageCoach coach = new LanguageCoach();
        List<String> flagged = new ArrayList<>();
        int checked = 0;
        List<PersonWords> people = List.of(PersonWords.noOne(), PersonWords.of("Sam", Pronouns.SHE),
                PersonWords.of("Sam", Pronouns.HE), PersonWords.of("Sam", Pronouns.THEY),
                PersonWords.of("Sam", Pronouns.NAME));
        for (BuiltInScenarios.Source source : BuiltInScenarios.load(ScenarioLibrary.validatorFor(Practices.load()))) {
            for (PersonWords words : people) {
                for (Step step : Placeholders.fill(source.scenario(), words).steps()) {
                    if (step.example() == null) {
                        continue;
                    }
                    checked++;
                    for (Finding f : coach.review(step.example()).findings()) {
                        flagged.add(source.scenario().id() + "/" + step.id() + " (" + words.they() + "): " + f.kind()
                                + " '" + f.phrase() + "' in \"" + step.example() + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), flagged);
        assertEquals(true, checked >= 30, "only " + checked + " examples");
    }
}
