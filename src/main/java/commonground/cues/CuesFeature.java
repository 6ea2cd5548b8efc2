package commonground.cues;

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

/** How Cues joins the app: third in the sidebar (Ctrl+3), with an entry point and check-ins on Home. */
public final class CuesFeature implements Feature {

    public static final String ID = "cues";
    static final String TITLE = "Cues";
    static final Ikon ICON = Feather.EYE;

    private final commonground.care.CareNotices care;

    /** {@code care} is the app's one set of gentle notices beside what the user writes. */
    public CuesFeature(commonground.care.CareNotices care) {
        this.care = care;
    }

    @Override
    public SidebarEntry entry() {
        return new SidebarEntry(ID, TITLE, ICON, 3);
    }

    @Override
    public AppModule create(ModuleContext c) {
        CuesViewModel model = new CuesViewModel(new PeopleRepository(c.database()),
                new UserCueRepository(c.database()),
                new CheckInRepository(c.database()),
                new CheckInHistoryRepository(c.database()),
                new ComfortMapRepository(c.database()),
                c.dbThread(), c.dialogs(), c.practices(), c.clock(), care,
                new CheckInDraftRepository(c.database()), commonground.shell.Pauses.fx());
        return new CuesModule(model,
                new CheckInComeBack(model.checkIn(), new ComeBackChoice(c.comeBack(), c.dbThread(), c.clock())),
                personId -> c.navigator().show("longgame", "moment:" + personId));
    }

    @Override
    public Optional<HomeModule.EntryPoint> entryPoint() {
        return Optional.of(new HomeModule.EntryPoint("Note what you noticed",
                "Small signs from a recent moment together, and a gentle way to respond", ICON, ID));
    }

    @Override
    public Optional<ActivitySource> recentActivity(ModuleContext c) {
        CheckInHistoryRepository checkIns = new CheckInHistoryRepository(c.database());
        PeopleRepository people = new PeopleRepository(c.database());
        return Optional.of(limit -> {
            java.util.Map<Long, String> names = commonground.people.Namesakes.byId(people.everyone());
            return checkIns.recent(limit).stream().map(r -> new Activity(r.when(), ID, (r.edited()
                    ? "Changed a check-in with " : "Check-in with ") + names.getOrDefault(r.personId(), r.personName())))
                    .toList();
        });
    }
}
