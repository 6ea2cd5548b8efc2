package commonground.reflection;

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

/** How Reflection joins the app: fourth in the sidebar (Ctrl+4), with an entry point and notes on Home. */
public final class ReflectionFeature implements Feature {

    public static final String ID = "reflection";
    static final String TITLE = "Reflection";
    static final Ikon ICON = Feather.FEATHER;

    private final commonground.care.CareNotices care;

    /** {@code care} is the app's one set of gentle notices beside what the user writes. */
    public ReflectionFeature(commonground.care.CareNotices care) {
        this.care = care;
    }

    @Override
    public SidebarEntry entry() {
        return new SidebarEntry(ID, TITLE, ICON, 4);
    }

    @Override
    public AppModule create(ModuleContext c) {
        return ReflectionModule.create(new NoteRepository(c.database()), new NoteSearch(c.database()),
                new NeedsRepository(c.database()), new PeopleRepository(c.database()), c.dbThread(), c.dialogs(),
                c.clock(), care);
    }

    @Override
    public Optional<HomeModule.EntryPoint> entryPoint() {
        return Optional.of(new HomeModule.EntryPoint("Write a reflection",
                "A private page for your own needs, and for grief", ICON, ID));
    }

    @Override
    public Optional<ActivitySource> recentActivity(ModuleContext c) {
        NoteRepository notes = new NoteRepository(c.database());
        java.time.ZoneId zone = c.clock().getZone();
        return Optional.of(limit -> notes.page(NoteFilter.ALL, null, limit).stream()
                .map(n -> activity(n, zone)).toList());
    }

    /**
     * A line for Home that tells one note from another by when and how long (the time it was
     * written or changed, its word count), never by its title or text, which are the user's own
     * words and may be private (Home is the first screen anyone sees, lock on or off).
     */
    static Activity activity(NoteListItem n, java.time.ZoneId zone) {
        boolean changedLater = n.createdAt() != null && n.updatedAt() != null
                && java.time.Duration.between(n.createdAt(), n.updatedAt()).toHours() >= 1;
        StringBuilder text = new StringBuilder(changedLater ? "Changed a note" : "Wrote a note");
        if (n.updatedAt() != null) {
            text.append(" at ").append(commonground.shell.Dates.time(n.updatedAt().atZone(zone)));
        }
        text.append(", ").append(NoteCell.words(n.wordCount()));
        if (changedLater) {
            text.append(", started ").append(commonground.shell.Dates.day(n.createdAt(), zone));
        }
        return new Activity(n.updatedAt(), ID, text.toString(), "note:" + n.id());
    }

}
