package commonground.scenarios;

import commonground.people.PeopleRepository;
import commonground.shell.Activity;
import commonground.shell.ActivitySource;
import commonground.shell.AppModule;
import commonground.shell.Feature;
import commonground.shell.HomeModule;
import commonground.shell.ModuleContext;
import commonground.shell.SidebarEntry;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.util.Optional;

/** How Scenarios joins the app: second in the sidebar (Ctrl+2), with an entry point and walkthroughs on Home. */
public final class ScenariosFeature implements Feature {

    public static final String ID = "scenarios";
    static final String TITLE = "Scenarios";
    static final Ikon ICON = Feather.COMPASS;

    private final DraftEditorFactory drafts;
    private final commonground.care.CareNotices care;
    private final PracticeLink practice;

    /** {@code drafts} gives the editor for a walkthrough's draft steps; {@code care} the gentle notices. */
    public ScenariosFeature(DraftEditorFactory drafts, commonground.care.CareNotices care) {
        this(drafts, care, PracticeLink.NONE);
    }

    /** {@code practice} offers "Practise this conversation" at the end of a walk-through that has one. */
    public ScenariosFeature(DraftEditorFactory drafts, commonground.care.CareNotices care, PracticeLink practice) {
        this.drafts = drafts;
        this.care = care;
        this.practice = practice;
    }

    @Override
    public SidebarEntry entry() {
        return new SidebarEntry(ID, TITLE, ICON, 2);
    }

    @Override
    public AppModule create(ModuleContext c) {
        ScenarioRepository repository = new ScenarioRepository(c.database());
        ScenariosViewModel model = new ScenariosViewModel(new ScenarioLibrary(repository, c.practices()::join),
                repository, new PeopleRepository(c.database()), c.dbThread(), c.dialogs(), c.practices(),
                commonground.shell.Pauses.fx(), care);
        model.summary().warnWhenLocked(c.database()::isLockEnabled);
        return new ScenariosModule(model, drafts, c.clipboard(), practice);
    }

    @Override
    public Optional<HomeModule.EntryPoint> entryPoint() {
        return Optional.of(new HomeModule.EntryPoint("Walk through a situation",
                "A guided, step-by-step plan for something that is happening now", ICON, ID));
    }

    @Override
    public Optional<ActivitySource> recentActivity(ModuleContext c) {
        ScenarioRepository scenarios = new ScenarioRepository(c.database());
        return Optional.of(limit -> scenarios.runs().stream().limit(limit).map(ScenariosFeature::activity).toList());
    }

    private static Activity activity(ScenarioRun r) {
        String about = r.personName() == null ? "" : " (about " + r.personName() + ")";
        String verb = r.finishedAt() != null ? "Finished" : "Walking through";
        return new Activity(r.updatedAt(), ID, verb + " \u201c" + r.scenarioTitle() + "\u201d" + about);
    }
}
