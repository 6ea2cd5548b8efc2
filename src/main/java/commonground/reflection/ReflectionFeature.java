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
        commonground.care.CareNoticeRepository choices = new commonground.care.CareNoticeRepository(c.database());
        java.time.ZoneId zone = c.clock().getZone();
        return Optional.of(limit -> {
            boolean titles = choices.noteTitlesOnHome();
            return notes.page(NoteFilter.ALL, null, limit).stream().map(n -> activity(n, zone, titles)).toList();
        });
    }

    /** The longest title Home names; a longer one is shortened with an ellipsis. */
    static final int TITLE_SHOWN = 60;

    /**
     * A line for Home that tells one note from another by when and how long (the time it was
     * written or changed, its word count), never by its text, which is the user's own words and
     * may be private (Home is the first screen anyone sees once the app is open). The title is
     * named only when {@code withTitle}: the user chose so in Privacy. With the lock on, titles are
     * sealed like the text, and Home is read only while the app is unlocked.
     */
    static Activity activity(NoteListItem n, java.time.ZoneId zone, boolean withTitle) {
        boolean changedLater = n.createdAt() != null && n.updatedAt() != null
                && java.time.Duration.between(n.createdAt(), n.updatedAt()).toHours() >= 1;
        String title = withTitle && n.title() != null ? n.title().strip() : "";
        String what = title.isEmpty() ? "a note" : "\u201c" + shortened(title) + "\u201d";
        StringBuilder text = new StringBuilder(changedLater ? "Changed " : "Wrote ").append(what);
        if (n.updatedAt() != null) {
            text.append(" at ").append(commonground.shell.Dates.time(n.updatedAt().atZone(zone)));
        }
        text.append(", ").append(NoteCell.words(n.wordCount()));
        if (changedLater) {
            text.append(", started ").append(commonground.shell.Dates.day(n.createdAt(), zone));
        }
        return new Activity(n.updatedAt(), ID, text.toString(), "note:" + n.id());
    }

    private static String shortened(String title) {
        String oneLine = title.replaceAll("\\s+", " ");
        return oneLine.length() <= TITLE_SHOWN ? oneLine : oneLine.substring(0, TITLE_SHOWN - 1).strip() + "\u2026";
    }
}
