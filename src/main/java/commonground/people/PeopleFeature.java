package commonground.people;

import commonground.shell.Activity;
import commonground.shell.ActivitySource;
import commonground.shell.AppModule;
import commonground.shell.Feature;
import commonground.shell.ModuleContext;
import commonground.shell.SidebarEntry;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.util.Optional;

/** How People joins the app: fifth in the sidebar (Ctrl+5), with who was added or changed on Home. */
public final class PeopleFeature implements Feature {

    public static final String ID = "people";
    static final String TITLE = "People";
    static final Ikon ICON = Feather.USERS;

    @Override
    public SidebarEntry entry() {
        return new SidebarEntry(ID, TITLE, ICON, 5);
    }

    @Override
    public AppModule create(ModuleContext c) {
        return new PeopleModule(new PeopleViewModel(new PeopleRepository(c.database()), c.dbThread(), c.dialogs(),
                commonground.shell.Pauses.fx()));
    }

    @Override
    public Optional<ActivitySource> recentActivity(ModuleContext c) {
        PeopleRepository people = new PeopleRepository(c.database());
        return Optional.of(limit -> {
            java.util.Map<Long, String> names = Namesakes.byId(people.everyone());
            return people.recentlyChanged(limit).stream().map(p -> activity(p, names.getOrDefault(p.id(), p.name())))
                    .toList();
        });
    }

    private static Activity activity(Person p, String name) {
        return new Activity(p.updatedAt(), ID, p.createdAt().equals(p.updatedAt())
                ? "Added " + name : "Updated " + name);
    }
}
