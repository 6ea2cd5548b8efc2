package commonground.app;

import commonground.people.Person;
import commonground.reflection.NoteFilter;
import commonground.scenarios.ScenarioRun;
import commonground.shell.Activity;
import commonground.shell.ActivitySource;
import commonground.cues.CheckInHistoryRepository;
import commonground.reflection.NoteRepository;
import commonground.people.PeopleRepository;
import commonground.scenarios.ScenarioRepository;

import java.util.List;

/** What Home lists under "Recently": walkthroughs, check-ins, notes and people, newest first. */
final class RecentActivitySources {

    private RecentActivitySources() {
    }

    static List<ActivitySource> of(PeopleRepository people, ScenarioRepository scenarios,
                                   CheckInHistoryRepository checkIns,
                                   NoteRepository notes) {
        return List.of(
                limit -> scenarios.runs().stream().limit(limit).map(RecentActivitySources::run).toList(),
                limit -> checkIns.recent(limit).stream().map(r -> new Activity(r.when(), "cues",
                        (r.edited() ? "Changed a check-in with " : "Check-in with ") + r.personName())).toList(),
                limit -> notes.page(NoteFilter.ALL, null, limit).stream()
                        .map(n -> new Activity(n.updatedAt(), "reflection", n.title().isBlank()
                                ? "Wrote in a note" : "Wrote \u201c" + n.title() + "\u201d")).toList(),
                limit -> people.recentlyChanged(limit).stream().map(RecentActivitySources::person).toList());
    }

    private static Activity run(ScenarioRun r) {
        String about = r.personName() == null ? "" : " (about " + r.personName() + ")";
        String verb = r.finishedAt() != null ? "Finished" : "Walking through";
        return new Activity(r.updatedAt(), "scenarios", verb + " \u201c" + r.scenarioTitle() + "\u201d" + about);
    }

    private static Activity person(Person p) {
        return new Activity(p.updatedAt(), "people", p.createdAt().equals(p.updatedAt())
                ? "Added " + p.name() : "Updated " + p.name());
    }
}
