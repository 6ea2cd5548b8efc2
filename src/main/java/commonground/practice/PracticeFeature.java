package commonground.practice;

import commonground.people.PeopleRepository;
import commonground.shell.Activity;
import commonground.shell.ActivitySource;
import commonground.shell.AppModule;
import commonground.shell.ComeBackChoice;
import commonground.shell.Feature;
import commonground.shell.HomeModule;
import commonground.shell.ModuleContext;
import commonground.shell.SidebarEntry;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.util.Optional;

/** How Practise joins the app: eighth in the sidebar (Ctrl+8), with an entry point on Home. */
public final class PracticeFeature implements Feature {

    public static final String ID = "practice";
    static final String TITLE = "Practise";
    static final Ikon ICON = Feather.MIC;

    private final ReplyCoach coach;

    /** {@code coach} reviews typed replies: the app's shared message coach. */
    public PracticeFeature(ReplyCoach coach) {
        this.coach = coach;
    }

    @Override
    public SidebarEntry entry() {
        return new SidebarEntry(ID, TITLE, ICON, 8);
    }

    @Override
    public AppModule create(ModuleContext c) {
        PracticeRepository sessions = new PracticeRepository(c.database());
        PracticeLibrary library = new PracticeLibrary(new PracticeTextRepository(c.database()), c.practices()::join);
        PracticeListViewModel list = new PracticeListViewModel(library, sessions, new PeopleRepository(c.database()),
                c.dbThread());
        list.setDialogs(c.dialogs());
        return new PracticeModule(list,
                new PlayViewModel(sessions, c.dbThread(), coach, c.practices().join(), library),
                new DebriefViewModel(sessions, library, c.dbThread(), coach, c.practices().join(),
                        new ComeBackChoice(c.comeBack(), c.dbThread(), c.clock())));
    }

    @Override
    public Optional<HomeModule.EntryPoint> entryPoint() {
        return Optional.of(new HomeModule.EntryPoint("Practise a conversation",
                "Try the words first, with someone who reacts, and see what opens and what closes", ICON, ID));
    }

    @Override
    public Optional<ActivitySource> recentActivity(ModuleContext c) {
        PracticeRepository sessions = new PracticeRepository(c.database());
        PeopleRepository people = new PeopleRepository(c.database());
        return Optional.of(limit -> {
            java.util.Map<Long, String> names = commonground.people.Namesakes.byId(people.everyone());
            return sessions.all().stream().limit(limit).map(s -> new Activity(
                    s.finishedAt() != null ? s.finishedAt() : s.startedAt(), ID, recently(s.finished(), s.title(),
                            s.personId() == null ? null : names.getOrDefault(s.personId(), s.personName())))).toList();
        });
    }

    /**
     * Home's line for a session: "Practising \u201cTalking with Dad\u201d with Dad", naming the person
     * from People it was with (as walk-throughs say "(about Dad)"); no one for a session with no one.
     */
    static String recently(boolean finished, String title, String personName) {
        return (finished ? "Practised " : "Practising ") + quoted(title)
                + (personName == null || personName.isBlank() ? "" : " with " + personName);
    }

    /** A title in quotation marks, once: the "I'm fine" drill's title carries its own. */
    static String quoted(String title) {
        String t = title.strip();
        boolean hasOwn = t.length() > 1 && (t.startsWith("\"") || t.startsWith("\u201c"))
                && (t.endsWith("\"") || t.endsWith("\u201d"));
        String inner = hasOwn ? t.substring(1, t.length() - 1) : t;
        return "\u201c" + inner + "\u201d";
    }
}
