package commonground.shell;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Home's "Coming up" (today and the next seven days) and "Worth a look" (days gone by, not yet
 * revisited): each line opens its item. Hidden while there is nothing to show. "Today" is the day
 * in the user's own time zone (the clock's).
 */
public final class DueItemsView extends VBox {

    private static final System.Logger LOG = System.getLogger(DueItemsView.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    /** How far ahead "Coming up" looks. */
    public static final int DAYS_AHEAD = 7;

    /** The items split as Home shows them. */
    public record Split(List<DueItem> comingUp, List<DueItem> worthALook) {
    }

    private final List<DueSource> sources;
    private final DatabaseThread dbThread;
    private final Navigator navigator;
    private final Clock clock;

    public DueItemsView(List<DueSource> sources, DatabaseThread dbThread, Navigator navigator, Clock clock) {
        super(12);
        this.sources = List.copyOf(sources);
        this.dbThread = dbThread;
        this.navigator = navigator;
        this.clock = clock;
        setId("due-items");
        getStyleClass().add("due-items");
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    /** Reloads on the database thread. */
    public void refresh() {
        if (sources.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        dbThread.run(() -> collect(today), items -> show(split(items, today), today), error -> {
            if (LockedRead.is(error)) {
                // Read while the app was locking or not yet unlocked: nothing went wrong, and
                // unlocking shows Home again, which reads the list then.
                getChildren().clear();
                return;
            }
            LOG.log(System.Logger.Level.WARNING, "What to come back to could not be loaded", error);
            setVisible(false);
        });
    }

    private List<DueItem> collect(LocalDate today) {
        List<DueItem> all = new ArrayList<>();
        for (DueSource source : sources) {
            all.addAll(source.due(today.plusDays(DAYS_AHEAD)));
        }
        return all;
    }

    /** Splits items into those due from today on for a week, and those whose day has passed. */
    public static Split split(List<DueItem> items, LocalDate today) {
        List<DueItem> sorted = items.stream().sorted(Comparator.comparing(DueItem::on)).toList();
        LocalDate last = today.plusDays(DAYS_AHEAD);
        return new Split(sorted.stream().filter(i -> !i.on().isBefore(today) && !i.on().isAfter(last)).toList(),
                sorted.stream().filter(i -> i.on().isBefore(today)).toList());
    }

    private void show(Split split, LocalDate today) {
        getChildren().clear();
        if (!split.comingUp().isEmpty()) {
            getChildren().add(section("Coming up", "due-coming-up", split.comingUp(), today));
        }
        if (!split.worthALook().isEmpty()) {
            getChildren().add(section("Worth a look", "due-worth-a-look", split.worthALook(), today));
        }
        setVisible(!getChildren().isEmpty());
    }

    private VBox section(String title, String id, List<DueItem> items, LocalDate today) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(4, heading);
        box.setId(id);
        for (DueItem item : items) {
            Label when = new Label(describe(item.on(), today));
            when.getStyleClass().add("activity-when");
            when.setMinWidth(90);
            Hyperlink text = new Hyperlink(item.text());
            text.getStyleClass().add("activity-text");
            text.setWrapText(true);
            text.setOnAction(e -> navigator.show(item.moduleId(), item.target()));
            box.getChildren().add(new HBox(8, when, text));
        }
        return box;
    }

    /** "Today", "Tomorrow", "Yesterday", else the day ("Tue 8 Dec"). */
    public static String describe(LocalDate on, LocalDate today) {
        if (on.equals(today)) {
            return "Today";
        }
        if (on.equals(today.plusDays(1))) {
            return "Tomorrow";
        }
        if (on.equals(today.minusDays(1))) {
            return "Yesterday";
        }
        return DAY.format(on);
    }
}
