package commonground.longgame;

import commonground.people.PeopleRepository;
import commonground.shell.Activity;
import commonground.shell.ActivitySource;
import commonground.shell.AppModule;
import commonground.shell.DueItem;
import commonground.shell.DueSource;
import commonground.shell.Feature;
import commonground.shell.HomeModule;
import commonground.shell.ModuleContext;
import commonground.shell.SidebarEntry;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;
import java.util.Optional;

/**
 * How the long game joins the app: ninth in the sidebar (Ctrl+9), "A good moment with …" on Home,
 * and the plans and check-ins to come back to under Home's "Coming up" and "Worth a look".
 */
public final class LongGameFeature implements Feature {

    public static final String ID = "longgame";
    static final String TITLE = "Long game";
    static final Ikon ICON = Feather.TRENDING_UP;

    private final List<LookBackSeries> more;

    public LongGameFeature() {
        this(List.of());
    }

    /** {@code more} are further rows of the look-back (such as disclosure steps). */
    public LongGameFeature(List<LookBackSeries> more) {
        this.more = List.copyOf(more);
    }

    @Override
    public SidebarEntry entry() {
        return new SidebarEntry(ID, TITLE, ICON, 9);
    }

    @Override
    public AppModule create(ModuleContext c) {
        PeopleRepository people = new PeopleRepository(c.database());
        LookBackRepository lookBack = new LookBackRepository(c.database());
        DisclosureRepository disclosures = new DisclosureRepository(c.database());
        List<LookBackSeries> series = new java.util.ArrayList<>(disclosures.lookBackSeries());
        series.addAll(more);
        return new LongGameModule(
                new ComeBackViewModel(new ComeBackRepository(c.database()), c.dbThread(), c.navigator(), c.clock()),
                new GoodMomentsViewModel(people, new GoodMomentRepository(c.database()), lookBack, c.dbThread(),
                        c.clock()),
                new LookBackViewModel(people, lookBack, new OfferRepository(c.database()), series, c.dbThread(),
                        c.navigator(), c.clock()),
                new ReminderSettingsViewModel(new ReminderSettingsRepository(c.database()), c.dbThread()),
                new LadderViewModel(people, disclosures, DisclosureLadder::load, c.dbThread(), c.clock(), c.dialogs()),
                new WhoKnowsViewModel(new WhoKnowsRepository(c.database()), c.dbThread(), c.clock(),
                        c.dialogs()));
    }

    /**
     * Starts the reminders while the app is open: {@code notice} shows the calm in-app notice, and a
     * desktop notification follows when the user chose one. Call on the JavaFX thread once the
     * database is open; close the result when the app closes.
     */
    public ReminderTicker startReminders(ModuleContext c, java.util.function.Consumer<String> notice) {
        DesktopNotifier desktop = new DesktopNotifier();
        ReminderTicker ticker = new ReminderTicker(new Reminders(new ComeBackRepository(c.database()),
                new ReminderSettingsRepository(c.database()), desktop, c.clock()), c.dbThread(),
                c.database()::isOpenForReading, notice, desktop::close);
        ticker.start();
        return ticker;
    }

    @Override
    public Optional<HomeModule.EntryPoint> entryPoint() {
        return Optional.of(new HomeModule.EntryPoint("Keep a good moment",
                "Keep a moment that went well, however small", Feather.HEART, ID, "moment"));
    }

    @Override
    public Optional<ActivitySource> recentActivity(ModuleContext c) {
        ComeBackRepository comeBack = new ComeBackRepository(c.database());
        GoodMomentRepository moments = new GoodMomentRepository(c.database());
        return Optional.of(limit -> {
            List<Activity> out = new java.util.ArrayList<>();
            comeBack.recentlyRevisited(limit).stream().map(LongGameFeature::cameBack).forEach(out::add);
            // "with Sam, your friend" beside another Sam, as Home names people everywhere.
            java.util.Map<Long, String> names = commonground.people.Namesakes.byId(
                    new commonground.people.PeopleRepository(c.database()).everyone());
            moments.recentlyKept(limit).stream().map(m -> new Activity(m.at(), ID, "Kept a good moment with "
                    + names.getOrDefault(m.personId(), m.personName()), "moment:" + m.personId())).forEach(out::add);
            out.sort(java.util.Comparator.comparing(Activity::when).reversed());
            return out.stream().limit(limit).toList();
        });
    }

    /**
     * "Came back to a check-in with Sam": never the answer, which is the user's own words (Home is
     * the first screen anyone sees, lock on or off); it opens the person's look-back, where the answer is.
     */
    static Activity cameBack(ComeBack cb) {
        String about = cb.about();
        String what = about.isEmpty() ? about : Character.toLowerCase(about.charAt(0)) + about.substring(1);
        return new Activity(cb.revisitedAt(), ID, "Came back to " + what,
                cb.personId() == null ? null : "look-back:" + cb.personId());
    }

    @Override
    public Optional<DueSource> dueItems(ModuleContext c) {
        ComeBackRepository comeBack = new ComeBackRepository(c.database());
        return Optional.of(until -> comeBack.openUntil(until).stream()
                .map(i -> new DueItem(i.dueOn(), i.about(), ID, "come-back:" + i.id())).toList());
    }
}
