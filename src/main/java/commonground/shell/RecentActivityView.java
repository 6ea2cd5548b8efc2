package commonground.shell;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Home's "Recently" list: the newest things across the modules, each opening its module. */
public final class RecentActivityView extends VBox {

    private static final System.Logger LOG = System.getLogger(RecentActivityView.class.getName());

    private static final int SHOWN = 6;

    private final List<ActivitySource> sources;
    private final DatabaseThread dbThread;
    private final Navigator navigator;
    private final Clock clock;
    /** How many times the list was forgotten: a load asked for before then is not shown. */
    private int forgotten;
    private final Label empty = new Label("Nothing yet. When you walk through a situation, note a check-in or "
            + "write a reflection, it will show here.");

    public RecentActivityView(List<ActivitySource> sources, DatabaseThread dbThread, Navigator navigator,
                              Clock clock) {
        super(4);
        this.sources = List.copyOf(sources);
        this.dbThread = dbThread;
        this.navigator = navigator;
        this.clock = clock;
        setId("recent-activity");
        getStyleClass().add("recent-activity");
        empty.setWrapText(true);
        empty.getStyleClass().add("muted");
        empty.setId("recent-activity-empty");
        // Empty until the first load: saying "nothing yet" before the data is read would be wrong
        // for everyone who has something.
    }

    /**
     * Empties the list (it may name notes by their titles), as the app locks; {@link #refresh()}
     * fills it again. A load still under way is not shown when it comes back: it was read before
     * the lock, and the list stays empty until the app is unlocked.
     */
    public void forget() {
        forgotten++;
        getChildren().clear();
    }

    /** Reloads the list on the database thread. */
    public void refresh() {
        int asked = forgotten;
        dbThread.run(this::collect, items -> {
            if (asked == forgotten) {
                show(items);
            }
        }, error -> {
            if (asked == forgotten) {
                showProblem(error);
            }
        });
    }

    /** Says the list could not be read, in place of the list; the next visit to Home tries again. */
    private void showProblem(Throwable error) {
        if (LockedRead.is(error)) {
            // Read while the app was locking or not yet unlocked: nothing to show, and nothing went
            // wrong. Unlocking shows Home again, which reads the list then.
            getChildren().clear();
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "Recent activity could not be loaded", error);
        Label problem = new Label("What you did recently could not be loaded just now. It will be tried again "
                + "when you come back to Home.");
        problem.setWrapText(true);
        problem.getStyleClass().add("muted");
        problem.setId("recent-activity-problem");
        getChildren().setAll(problem);
    }

    private List<Activity> collect() {
        List<Activity> all = new ArrayList<>();
        for (ActivitySource source : sources) {
            all.addAll(source.recent(SHOWN));
        }
        all.sort(Comparator.comparing(Activity::when).reversed());
        return all.subList(0, Math.min(SHOWN, all.size()));
    }

    private void show(List<Activity> items) {
        getChildren().clear();
        if (items.isEmpty()) {
            getChildren().add(empty);
            return;
        }
        for (Activity a : items) {
            Label when = new Label(describe(a.when(), clock));
            when.getStyleClass().add("activity-when");
            when.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "3 min ago" whole beside a long line
            Hyperlink text = new Hyperlink(a.text());
            text.getStyleClass().add("activity-text");
            text.setWrapText(true);
            text.setOnAction(e -> navigator.show(a.moduleId(), a.target()));
            getChildren().add(new HBox(8, when, text));
        }
    }

    /** When something happened, as told at the clock's time: "Just now", "5 min ago", "3 hours ago", "4 Mar". */
    static String describe(Instant when, Clock clock) {
        Duration ago = Duration.between(when, clock.instant());
        if (ago.toMinutes() < 1) {
            return "Just now";
        }
        if (ago.toHours() < 1) {
            return ago.toMinutes() + " min ago";
        }
        if (ago.toHours() < 24) {
            return ago.toHours() + (ago.toHours() == 1 ? " hour ago" : " hours ago");
        }
        return Dates.day(when, clock.getZone());
    }
}
