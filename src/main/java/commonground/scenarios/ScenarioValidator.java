package commonground.scenarios;

import commonground.content.ContentException;
import commonground.content.ContentFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a scenario file and turns it into a {@link Scenario}. Each problem names the file, the
 * step id and the field, so an author can find it. Used on load, on import and by
 * {@code --check-scenario}.
 */
public final class ScenarioValidator {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    static final int MAX_STEPS = 40;
    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 300;
    static final int MAX_TEXT = 3000;
    static final int MAX_LABEL = 300;
    static final int MAX_EXAMPLE = 1000;
    static final int MAX_OPTIONS = 8;
    static final int MAX_ITEMS = 15;

    private final Set<String> practiceIds;

    /** @param practiceIds the practice ids steps may name */
    public ScenarioValidator(Set<String> practiceIds) {
        this.practiceIds = Set.copyOf(practiceIds);
    }

    /** Reads and checks a file on disk. */
    public ScenarioCheck checkFile(Path file) {
        try {
            return check(file.toString(), ContentFiles.readFile(file, ScenarioFile.class));
        } catch (ContentException e) {
            return ScenarioCheck.failed(List.of(e.getMessage()));
        }
    }

    /** Checks YAML text that came from {@code source} (a file name or resource). */
    public ScenarioCheck checkText(String source, String yaml) {
        try {
            return check(source, ContentFiles.parse(source, yaml, ScenarioFile.class));
        } catch (ContentException e) {
            return ScenarioCheck.failed(List.of(e.getMessage()));
        }
    }

    private ScenarioCheck check(String source, ScenarioFile file) {
        Problems problems = new Problems(source);
        String id = file.id();
        if (blank(id)) {
            problems.top("id", "missing required field");
        } else if (!ID.matcher(id).matches()) {
            problems.top("id", "'" + id + "' should be 1 to 60 lowercase letters, digits or dashes");
        }
        if (file.version() == null) {
            problems.top("version", "missing required field");
        } else if (file.version() < 1) {
            problems.top("version", "should be a whole number of 1 or more");
        }
        text(problems, null, "title", file.title(), MAX_TITLE);
        text(problems, null, "summary", file.summary(), MAX_SUMMARY);
        noPlaceholder(problems, null, "title", file.title(), "the list shows it before anyone is chosen");
        noPlaceholder(problems, null, "summary", file.summary(), "the list shows it before anyone is chosen");
        boolean asksAboutSafety = Boolean.TRUE.equals(file.safetyQuestion());
        if (file.minutes() == null) {
            problems.top("minutes", "missing required field");
        } else if (file.minutes() < 1 || file.minutes() > 120) {
            problems.top("minutes", "should be between 1 and 120");
        }
        List<ScenarioFile.StepEntry> entries = file.steps() == null ? List.of() : file.steps();
        if (entries.isEmpty()) {
            problems.top("steps", "missing required field: a scenario needs at least one step");
        } else if (entries.size() > MAX_STEPS) {
            problems.top("steps", "has " + entries.size() + " steps; at most " + MAX_STEPS + " are allowed");
        }
        List<Step> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (asksAboutSafety) {
            ids.addAll(SafetySteps.IDS);
        }
        for (int i = 0; i < entries.size(); i++) {
            Step step = step(problems, entries.get(i), i, ids);
            if (step != null) {
                steps.add(step);
            }
        }
        if (!problems.isEmpty()) {
            return ScenarioCheck.failed(problems.all());
        }
        if (asksAboutSafety) {
            steps.addAll(0, SafetySteps.before(steps.get(0).id()));
        }
        Scenario scenario = new Scenario(id, file.version(), file.title().strip(), file.summary().strip(),
                file.minutes(), steps, asksAboutSafety);
        new ScenarioGraphCheck(scenario, problems).run();
        return problems.isEmpty() ? ScenarioCheck.ok(scenario) : ScenarioCheck.failed(problems.all());
    }

    private Step step(Problems problems, ScenarioFile.StepEntry e, int index, Set<String> ids) {
        if (e == null) {
            problems.top("steps[" + index + "]", "this step is empty");
            return null;
        }
        String sid = blank(e.id()) ? "steps[" + index + "]" : e.id();
        int before = problems.count();
        if (blank(e.id())) {
            problems.step(sid, "id", "missing required field");
        } else if (!ID.matcher(e.id()).matches() || Scenario.END.equals(e.id())) {
            problems.step(sid, "id", "'" + e.id() + "' should be 1 to 60 lowercase letters, digits or dashes"
                    + " (and not '" + Scenario.END + "')");
        } else if (!ids.add(e.id())) {
            problems.step(sid, "id", SafetySteps.IDS.contains(e.id())
                    ? "'" + e.id() + "' is the id of a step the safety question adds; please choose another"
                    : "duplicate id '" + e.id() + "': another step already has it");
        }
        StepKind kind = null;
        if (blank(e.kind())) {
            problems.step(sid, "kind", "missing required field");
        } else {
            kind = StepKind.fromYaml(e.kind()).orElse(null);
            if (kind == null) {
                problems.step(sid, "kind", "unknown step kind '" + e.kind() + "' (use " + StepKind.allNames() + ")");
            }
        }
        text(problems, sid, "title", e.title(), MAX_TITLE);
        text(problems, sid, "text", e.text(), MAX_TEXT);
        List<String> practices = e.practices() == null ? List.of() : e.practices();
        if (practices.isEmpty()) {
            problems.step(sid, "practices", "missing required field: name at least one practice");
        }
        for (int p = 0; p < practices.size(); p++) {
            if (!practiceIds.contains(practices.get(p))) {
                problems.step(sid, "practices[" + p + "]", "unknown practice '" + practices.get(p) + "' (known: "
                        + String.join(", ", practiceIds.stream().sorted().toList()) + ")");
            }
        }
        if (e.example() != null && e.example().length() > MAX_EXAMPLE) {
            problems.step(sid, "example", tooLong(e.example(), MAX_EXAMPLE));
        }
        knownPlaceholders(problems, sid, "title", e.title());
        knownPlaceholders(problems, sid, "text", e.text());
        knownPlaceholders(problems, sid, "example", e.example());
        List<ChoiceOption> options = options(problems, sid, kind, e.options());
        List<String> items = items(problems, sid, kind, e.items());
        if (problems.count() > before) {
            return null;
        }
        return new Step(e.id(), kind, e.title().strip(), e.text().strip(), practices, options, items,
                blank(e.example()) ? null : e.example().strip(), blank(e.next()) ? null : e.next().strip());
    }

    private static List<ChoiceOption> options(Problems problems, String sid, StepKind kind,
                                              List<ScenarioFile.OptionEntry> raw) {
        List<ScenarioFile.OptionEntry> entries = raw == null ? List.of() : raw;
        if (kind != StepKind.CHOICE) {
            if (!entries.isEmpty()) {
                problems.step(sid, "options", "only choice steps have options");
            }
            return List.of();
        }
        if (entries.size() < 2 || entries.size() > MAX_OPTIONS) {
            problems.step(sid, "options", entries.isEmpty() ? "missing required field: a choice needs 2 to "
                    + MAX_OPTIONS + " options" : "a choice needs 2 to " + MAX_OPTIONS + " options, found "
                    + entries.size());
        }
        List<ChoiceOption> out = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ScenarioFile.OptionEntry o = entries.get(i);
            String field = "options[" + i + "].label";
            if (o == null || blank(o.label())) {
                problems.step(sid, field, "missing required field");
                continue;
            }
            if (o.label().length() > MAX_LABEL) {
                problems.step(sid, field, tooLong(o.label(), MAX_LABEL));
            } else if (!labels.add(o.label().strip())) {
                problems.step(sid, field, "duplicate option '" + o.label().strip() + "'");
            }
            noPlaceholder(problems, sid, field, o.label(), "answers are saved by their label");
            out.add(new ChoiceOption(o.label().strip(), blank(o.next()) ? null : o.next().strip()));
        }
        return out;
    }

    private static List<String> items(Problems problems, String sid, StepKind kind, List<String> raw) {
        List<String> entries = raw == null ? List.of() : raw;
        if (kind != StepKind.CHECKLIST) {
            if (!entries.isEmpty()) {
                problems.step(sid, "items", "only checklist steps have items");
            }
            return List.of();
        }
        if (entries.isEmpty() || entries.size() > MAX_ITEMS) {
            problems.step(sid, "items", entries.isEmpty() ? "missing required field: a checklist needs items"
                    : "a checklist can have at most " + MAX_ITEMS + " items");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String item = entries.get(i);
            if (blank(item)) {
                problems.step(sid, "items[" + i + "]", "missing required field");
            } else if (item.length() > MAX_LABEL) {
                problems.step(sid, "items[" + i + "]", tooLong(item, MAX_LABEL));
            } else {
                noPlaceholder(problems, sid, "items[" + i + "]", item, "ticked items are saved by their text");
                out.add(item.strip());
            }
        }
        return out;
    }

    private static void text(Problems problems, String sid, String field, String value, int max) {
        if (blank(value)) {
            problems.at(sid, field, "missing required field");
        } else if (value.length() > max) {
            problems.at(sid, field, tooLong(value, max));
        }
    }

    private static void knownPlaceholders(Problems problems, String sid, String field, String value) {
        for (String unknown : Placeholders.unknown(value)) {
            problems.step(sid, field, "unknown placeholder '" + unknown + "' (use " + Placeholders.known()
                    + ", or with a capital first letter, as in {They}, to start a sentence)");
        }
    }

    private static void noPlaceholder(Problems problems, String sid, String field, String value, String why) {
        if (Placeholders.any(value)) {
            problems.at(sid, field, "placeholders such as {name} are not filled in here (" + why
                    + "); please write it without one, for example with 'they'");
        }
    }

    private static String tooLong(String value, int max) {
        return "is " + value.length() + " characters long; at most " + max + " are allowed";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
