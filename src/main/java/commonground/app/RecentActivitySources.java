package commonground.app;

import commonground.cues.CheckIn;
import commonground.people.Person;
import commonground.reflection.NoteFilter;
import commonground.scenarios.ScenarioRun;
import commonground.shell.Activity;
import commonground.shell.ActivitySource;
import commonground.storage.CheckInRepository;
import commonground.storage.NoteRepository;
import commonground.storage.PeopleRepository;
import commonground.storage.ScenarioRepository;

import java.util.List;

/** What Home lists under "Recently": walkthroughs, check-ins, notes and people, newest first. */
final class RecentActivitySources {

    private RecentActivitySources() {
    }

    static List<ActivitySource> of(PeopleRepository people, ScenarioRepository scenarios, CheckInRepository checkIns,
                                   NoteRepository notes) {
        return List.of(
                limit -> scenarios.runs().stream().limit(limit).map(RecentActivitySources::run).toList(),
                limit -> checkIns.recent(limit).stream().map(c -> checkIn(c, people)).toList(),
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

    private static Activity checkIn(CheckIn c, PeopleRepository people) {
        String name = people.find(c.personId()).map(Person::name).orElse("someone");
        int cues = c.draft().cues().size();
        return new Activity(c.updatedAt(), "cues", "Noted " + cues + (cues == 1 ? " sign" : " signs")
                + " with " + name);
    }

    private static Activity person(Person p) {
        return new Activity(p.updatedAt(), "people", p.createdAt().equals(p.updatedAt())
                ? "Added " + p.name() : "Updated " + p.name());
    }
}
