package commonground.shell;

import commonground.content.Practice;
import commonground.content.Practices;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The calm start page: what the app teaches, and where to begin. */
public final class HomeModule implements AppModule {

    /** An entry point on Home: a button that opens a module, or what {@code target} names in it (null for the module). */
    public record EntryPoint(String label, String detail, Ikon icon, String moduleId, String target) {

        public EntryPoint(String label, String detail, Ikon icon, String moduleId) {
            this(label, detail, icon, moduleId, null);
        }
    }

    private final Navigator navigator;
    private final CompletableFuture<Practices> practices;
    private final List<EntryPoint> entryPoints;
    private final RecentActivityView recentActivity;
    private final DueItemsView dueItems;
    private javafx.beans.value.ObservableBooleanValue syncOn = new javafx.beans.property.SimpleBooleanProperty(false);

    public HomeModule(Navigator navigator, CompletableFuture<Practices> practices, List<EntryPoint> entryPoints,
                      RecentActivityView recentActivity) {
        this(navigator, practices, entryPoints, recentActivity, null);
    }

    /** {@code dueItems} lists what to come back to ("Coming up", "Worth a look"); null for none. */
    public HomeModule(Navigator navigator, CompletableFuture<Practices> practices, List<EntryPoint> entryPoints,
                      RecentActivityView recentActivity, DueItemsView dueItems) {
        this.navigator = navigator;
        this.practices = practices;
        this.entryPoints = List.copyOf(entryPoints);
        this.recentActivity = recentActivity;
        this.dueItems = dueItems;
    }

    /** Whether sync is on, so Home says honestly where the writing is kept; off unless given. */
    public HomeModule showingSync(javafx.beans.value.ObservableBooleanValue on) {
        this.syncOn = on;
        return this;
    }

    @Override
    public String id() {
        return "home";
    }

    @Override
    public String title() {
        return "Home";
    }

    @Override
    public Ikon icon() {
        return Feather.HOME;
    }

    @Override
    public void afterSync() {
        onShow(); // Home's lists are read again; nothing on Home is typed into
    }

    @Override
    public void onShow() {
        if (recentActivity != null) {
            recentActivity.refresh();
        }
        if (dueItems != null) {
            dueItems.refresh();
        }
    }

    @Override
    public void onLock() {
        if (recentActivity != null) {
            recentActivity.forget();
        }
    }

    @Override
    public Node createView() {
        Label title = new Label("Common ground, at their pace");
        title.getStyleClass().add("page-title");
        Label intro = paragraph("Some people we love find it hard to put feelings into words. Asking them to "
                + "open up often makes them close further. This app helps you try another way: fewer demands, "
                + "more patience, and small steps you can take today.");
        Label intro2 = paragraph("");
        intro2.setId("home-kept-where");
        intro2.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> KeptWhere.home(syncOn.get()), syncOn));
        intro2.getStyleClass().add("muted");

        FlowPane entries = new FlowPane(12, 12);
        entries.getStyleClass().add("entry-points");
        for (EntryPoint entry : entryPoints) {
            entries.getChildren().add(entryButton(entry));
        }

        Label practicesTitle = new Label("What this app practises");
        practicesTitle.getStyleClass().add("section-title");
        FlowPane cards = new FlowPane(12, 12);
        cards.getStyleClass().add("practice-cards");
        // The practices are read from their content file while the window opens.
        practices.thenAccept(loaded -> Platform.runLater(() -> {
            for (Practice p : loaded.all()) {
                cards.getChildren().add(practiceCard(p));
            }
        }));

        VBox page = new VBox(16, title, intro, intro2);
        if (dueItems != null) {
            page.getChildren().add(dueItems);
        }
        page.getChildren().add(entries);
        if (recentActivity != null) {
            Label recentTitle = new Label("Recently");
            recentTitle.getStyleClass().add("section-title");
            page.getChildren().addAll(recentTitle, recentActivity);
        }
        page.getChildren().addAll(practicesTitle, cards);
        page.getStyleClass().addAll("page", "home-page");
        entries.prefWrapLengthProperty().bind(page.widthProperty().subtract(64));
        cards.prefWrapLengthProperty().bind(page.widthProperty().subtract(64));
        useTheWidth(entries);
        useTheWidth(cards);
        page.setId("home-view");

        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    /** A card's width at the normal text size and the least it may shrink to, in em. */
    static final double CARD_EM = 19.43;
    static final double LEAST_CARD_EM = 15;

    /**
     * How wide each card in a row of {@code width} is: its usual width while two or more fit, else
     * two cards sharing the row when each keeps {@link #LEAST_CARD_EM} (at large text one card
     * alone left half a wide window empty), else one card as wide as the usual width or the row.
     */
    static double cardWidth(double width, double em, double gap) {
        double usual = CARD_EM * em;
        if (2 * usual + gap <= width) {
            return usual;
        }
        if (2 * LEAST_CARD_EM * em + gap <= width) {
            return Math.floor((width - gap) / 2);
        }
        return Math.min(usual, width);
    }

    /** Sizes {@code pane}'s cards by {@link #cardWidth} whenever its width or its cards change. */
    private static void useTheWidth(FlowPane pane) {
        Runnable fit = () -> {
            double width = pane.getWidth() - pane.snappedLeftInset() - pane.snappedRightInset();
            if (width <= 0) {
                return;
            }
            double em = javafx.scene.text.Font.getDefault().getSize();
            for (Node n : pane.getChildrenUnmodifiable()) {
                if (n instanceof javafx.scene.control.Labeled l) {
                    em = l.getFont().getSize();
                    break;
                }
                if (n instanceof javafx.scene.Parent p && !p.getChildrenUnmodifiable().isEmpty()
                        && p.getChildrenUnmodifiable().get(0) instanceof javafx.scene.control.Labeled l) {
                    em = l.getFont().getSize();
                    break;
                }
            }
            double w = cardWidth(width, em, pane.getHgap());
            for (Node n : pane.getChildren()) {
                if (n instanceof Region r) {
                    r.setStyle("-fx-pref-width: " + w + "px; -fx-max-width: " + w + "px;");
                }
            }
        };
        pane.widthProperty().addListener(o -> fit.run());
        pane.getChildren().addListener((javafx.collections.ListChangeListener<Node>) c -> fit.run());
    }

    private Node entryButton(EntryPoint entry) {
        Button button = new Button(entry.label(), new FontIcon(entry.icon()));
        button.getStyleClass().add("entry-title");
        button.setId("entry-" + entry.moduleId());
        button.setWrapText(true); // the whole title at every text size ("A good moment with …"), never cut
        button.setMinHeight(Region.USE_PREF_SIZE);
        button.setAccessibleText(entry.label());
        button.setOnAction(e -> navigator.show(entry.moduleId(), entry.target()));
        Label detail = new Label(entry.detail());
        detail.getStyleClass().add("entry-detail");
        detail.setWrapText(true);
        VBox card = new VBox(6, button, detail);
        card.getStyleClass().add("entry-point");
        card.setOnMouseClicked(e -> button.fire());
        return card;
    }

    private static Node practiceCard(Practice p) {
        Label name = new Label(p.name());
        name.getStyleClass().add("card-title");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        Label summary = paragraph(p.summary());
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("card-text");
        VBox card = new VBox(6, name, summary);
        card.getStyleClass().add("practice-card");
        return card;
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("paragraph");
        return label;
    }
}
