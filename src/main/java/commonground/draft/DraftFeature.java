package commonground.draft;

import commonground.shell.AppModule;
import commonground.shell.Feature;
import commonground.shell.HomeModule;
import commonground.shell.ModuleContext;
import commonground.shell.SidebarEntry;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.util.Optional;

/** How "Draft a message" joins the app: sixth in the sidebar (Ctrl+6), with an entry point on Home. */
public final class DraftFeature implements Feature {

    public static final String ID = "draft";
    static final String TITLE = "Draft a message";
    static final Ikon ICON = Feather.MESSAGE_CIRCLE;

    private final CoachService coach;

    /** {@code coach} is shared with the other places that coach a message. */
    public DraftFeature(CoachService coach) {
        this.coach = coach;
    }

    @Override
    public SidebarEntry entry() {
        return new SidebarEntry(ID, TITLE, ICON, 6);
    }

    @Override
    public AppModule create(ModuleContext c) {
        return new DraftModule(new DraftRepository(c.database()), new commonground.people.PeopleRepository(c.database()),
                c.dbThread(), coach, c.clock()).askingWith(c.dialogs());
    }

    @Override
    public Optional<HomeModule.EntryPoint> entryPoint() {
        return Optional.of(new HomeModule.EntryPoint("Draft a message",
                "Find words that speak of needs, without judgments or demands", ICON, ID));
    }
}
