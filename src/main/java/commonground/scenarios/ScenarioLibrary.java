package commonground.scenarios;

import commonground.care.SafetyAnswer;
import commonground.content.ContentException;
import commonground.content.Practice;
import commonground.content.Practices;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The scenarios on offer: the built-in ones and the imported ones (newest version of each), and
 * the exact text each run was made with. Every method does database work: call it through
 * {@code DatabaseThread}, never on the JavaFX thread.
 */
public final class ScenarioLibrary {

    /** What an import did: the scenario when it was added, and the messages to show. */
    public record ImportOutcome(Optional<Scenario> scenario, List<String> messages) {
        public boolean imported() {
            return scenario.isPresent();
        }
    }

    /** One scenario offered in the list, with where it came from. */
    public record Offer(Scenario scenario, ScenarioOrigin origin) {
    }

    private final ScenarioRepository repository;
    private final Supplier<Practices> practices;
    private ScenarioValidator validator;
    private List<BuiltInScenarios.Source> builtIns;

    public ScenarioLibrary(ScenarioRepository repository, Supplier<Practices> practices) {
        this.repository = repository;
        this.practices = practices;
    }

    private synchronized void ready() throws ContentException {
        if (validator == null) {
            validator = validatorFor(practices.get());
            builtIns = BuiltInScenarios.load(validator);
        }
    }

    public static ScenarioValidator validatorFor(Practices practices) {
        return new ScenarioValidator(practices.all().stream().map(Practice::id).collect(Collectors.toSet()));
    }

    /** The built-in scenarios in their order, then the imported ones by title. */
    public List<Offer> offers() throws ContentException {
        ready();
        List<Offer> out = new ArrayList<>();
        builtIns.forEach(b -> out.add(new Offer(b.scenario(), ScenarioOrigin.BUILT_IN)));
        Map<String, StoredScenario> newest = repository.importedTexts().stream().collect(Collectors.toMap(
                StoredScenario::scenarioId, t -> t, (a, b) -> a.version() >= b.version() ? a : b));
        newest.values().stream()
                .map(t -> validator.checkText(t.title(), t.yaml()).scenario())
                .flatMap(Optional::stream)
                .sorted((a, b) -> a.title().compareToIgnoreCase(b.title()))
                .forEach(s -> out.add(new Offer(s, ScenarioOrigin.IMPORTED)));
        return out;
    }

    /** Checks a file and, only when it has no problems, keeps it so it is offered from now on. */
    public ImportOutcome importFile(Path file) throws ContentException {
        ready();
        ScenarioCheck check = validator.checkFile(file);
        if (!check.valid()) {
            return new ImportOutcome(Optional.empty(), check.problems());
        }
        Scenario scenario = check.scenario().orElseThrow();
        String source = file.toString();
        if (builtIns.stream().anyMatch(b -> b.scenario().id().equals(scenario.id()))) {
            return new ImportOutcome(Optional.empty(), List.of(source + ": field 'id': '" + scenario.id()
                    + "' is the id of a scenario that comes with the app; please give yours another id"));
        }
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new ImportOutcome(Optional.empty(), List.of(source + ": could not be read (" + e.getMessage() + ")"));
        }
        Optional<StoredScenario> existing = repository.findText(scenario.id(), scenario.version());
        if (existing.isPresent() && !existing.get().yaml().equals(yaml)) {
            return new ImportOutcome(Optional.empty(), List.of(source + ": field 'version': version "
                    + scenario.version() + " of '" + scenario.id() + "' was imported before with different text; "
                    + "raise the version to import this changed scenario (runs made with the old one stay readable)"));
        }
        if (existing.isPresent()) {
            return new ImportOutcome(Optional.of(scenario), List.of("\"" + scenario.title()
                    + "\" was already imported; nothing changed."));
        }
        repository.keepText(scenario.id(), scenario.version(), ScenarioOrigin.IMPORTED, scenario.title(), yaml);
        return new ImportOutcome(Optional.of(scenario), List.of("Imported \"" + scenario.title() + "\" (version "
                + scenario.version() + ")."));
    }

    /** Starts a run of {@code scenario} at its first step, keeping the text it is made with first. */
    public ScenarioRun start(Offer offer, Long personId) throws ContentException {
        return start(offer, personId, null);
    }

    /**
     * Starts a run about a person whose answer to the safety question is {@code safety} (null for
     * none): see {@link Scenario#firstStepFor}.
     */
    public ScenarioRun start(Offer offer, Long personId, SafetyAnswer safety) throws ContentException {
        ready();
        Scenario s = offer.scenario();
        StoredScenario text = offer.origin() == ScenarioOrigin.IMPORTED
                ? repository.findText(s.id(), s.version()).orElseThrow()
                : repository.keepText(s.id(), s.version(), ScenarioOrigin.BUILT_IN, s.title(), builtInYaml(s.id()));
        return repository.startRun(text.id(), personId, s.firstStepFor(safety));
    }

    private String builtInYaml(String id) {
        return builtIns.stream().filter(b -> b.scenario().id().equals(id)).findFirst().orElseThrow().yaml();
    }

    /**
     * The scenario exactly as it was when the run was made, its placeholders filled for the person
     * the run is about (their name and pronouns).
     */
    public Scenario scenarioOf(ScenarioRun run) throws ContentException {
        ready();
        StoredScenario text = repository.text(run.scenarioTextId()).orElseThrow();
        ScenarioCheck check = validator.checkText(text.title(), text.yaml());
        if (!check.valid()) {
            throw new ContentException(text.title(), String.join("; ", check.problems()));
        }
        return Placeholders.fill(check.scenario().orElseThrow(),
                PersonWords.of(run.personName(), repository.pronounsOf(run.personId())));
    }
}
