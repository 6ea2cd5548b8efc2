package commonground.longgame;

import commonground.shell.AppModule;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/**
 * The long game: coming back to plans and check-ins, good moments, and looking back month by month.
 * Targets: "come-back:&lt;id&gt;" (Home's lines), "moment" or "moment:&lt;person id&gt;" (a new good moment),
 * "look-back:&lt;person id&gt;", "ladder", "who-knows" or "who-knows:&lt;walk-through id&gt;" (as the
 * {@code dad-ill} walk-through's summary asks).
 */
public final class LongGameModule implements AppModule {

    private final ComeBackViewModel comeBack;
    private final GoodMomentsViewModel moments;
    private final LookBackViewModel lookBack;
    private final ReminderSettingsViewModel reminders;
    private final LadderViewModel ladder;
    private final WhoKnowsViewModel whoKnows;
    private Tab ladderTab;
    private Tab whoKnowsTab;
    private WhoKnowsView whoKnowsView;
    private TabPane tabs;
    private Tab comeBackTab;
    private Tab momentsTab;
    private Tab lookBackTab;
    private ComeBackView comeBackView;
    private GoodMomentsView momentsView;

    public LongGameModule(ComeBackViewModel comeBack, GoodMomentsViewModel moments, LookBackViewModel lookBack,
                          ReminderSettingsViewModel reminders, LadderViewModel ladder, WhoKnowsViewModel whoKnows) {
        this.reminders = reminders;
        this.ladder = ladder;
        this.whoKnows = whoKnows;
        this.comeBack = comeBack;
        this.moments = moments;
        this.lookBack = lookBack;
    }

    @Override
    public String id() {
        return LongGameFeature.ID;
    }

    @Override
    public String title() {
        return LongGameFeature.TITLE;
    }

    @Override
    public Ikon icon() {
        return LongGameFeature.ICON;
    }

    @Override
    public Node createView() {
        Label title = new Label("The long game");
        title.getStyleClass().add("page-title");
        Label lead = new Label("Trust grows over months, through small, safe moments. Come back to what you "
                + "planned, keep the good moments, and look back at how things are slowly changing.");
        lead.setWrapText(true);
        lead.getStyleClass().add("muted");
        comeBackView = new ComeBackView(comeBack, reminders);
        momentsView = new GoodMomentsView(moments);
        javafx.scene.control.ScrollPane comeBackScroll = new javafx.scene.control.ScrollPane(comeBackView);
        comeBackScroll.setFitToWidth(true);
        comeBackScroll.getStyleClass().add("page-scroll");
        comeBackTab = new Tab("Come back", comeBackScroll);
        comeBackTab.setId("tab-come-back");
        momentsTab = new Tab("Moments", momentsView);
        momentsTab.setId("tab-good-moments");
        lookBackTab = new Tab("Look back", new LookBackView(lookBack));
        lookBackTab.setId("tab-look-back");
        ladderTab = new Tab("Going first", new LadderView(ladder));
        ladderTab.setId("tab-ladder");
        whoKnowsView = new WhoKnowsView(whoKnows);
        whoKnowsTab = new Tab("Who knows", whoKnowsView);
        whoKnowsTab.setId("tab-who-knows");
        // Short names, so that at the largest text every tab is in sight, none behind the overflow arrow.
        comeBackTab.setTooltip(new javafx.scene.control.Tooltip("Come back to it"));
        whoKnowsTab.setTooltip(new javafx.scene.control.Tooltip("Who knows what"));
        momentsTab.setTooltip(new javafx.scene.control.Tooltip("Good moments"));
        lookBackTab.setTooltip(new javafx.scene.control.Tooltip("Looking back"));
        tabs = new commonground.shell.FittingTabPane(comeBackTab, momentsTab, ladderTab, lookBackTab, whoKnowsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> refresh(now));
        BorderPane page = new BorderPane(tabs);
        page.setTop(new VBox(6, title, lead));
        page.getStyleClass().addAll("page", "long-game-page");
        page.getStylesheets().add(commonground.shell.Stylesheets.url("/commonground/longgame/longgame.css"));
        page.setId("longgame-view");
        BorderPane.setMargin(tabs, new javafx.geometry.Insets(12, 0, 0, 0));
        return page;
    }

    @Override
    public void onShow() {
        if (tabs != null) {
            refresh(tabs.getSelectionModel().getSelectedItem());
        }
    }

    /**
     * A sync brought changes: the tab shown reads again when its reading leaves a form alone (Come
     * back to it keeps the item chosen and the answer typed; Good moments and Looking back read the
     * timeline and charts). Going first and Who knows what read their lists again, changing only
     * what differs, with the choice and the form being typed left alone (decision 0032).
     */
    @Override
    public void afterSync() {
        Tab shown = tabs == null ? null : tabs.getSelectionModel().getSelectedItem();
        if (shown == comeBackTab) {
            comeBack.reload(); // the reminder choices stay on this computer: not read again under the user's hands
        } else if (shown == momentsTab || shown == lookBackTab) {
            refresh(shown);
        } else if (shown == ladderTab) {
            ladder.refreshAfterSync();
        } else if (shown == whoKnowsTab) {
            whoKnows.refreshAfterSync();
        }
    }

    /** Drops every opened text (answers, good moments, the look-back); {@link #onShow()} reads them again. */
    @Override
    public void onLock() {
        comeBack.onLock();
        moments.onLock();
        lookBack.onLock();
    }

    private void refresh(Tab tab) {
        if (tab == comeBackTab) {
            comeBack.reload();
            reminders.load();
        } else if (tab == momentsTab) {
            moments.reload();
        } else if (tab == lookBackTab) {
            lookBack.reload();
        } else if (tab == ladderTab) {
            ladder.reload();
        } else if (tab == whoKnowsTab) {
            whoKnows.reload();
        }
    }

    @Override
    public void startNew() {
        open("moment");
    }

    @Override
    public void open(String target) {
        if (tabs == null || target == null) {
            return;
        }
        try {
            if (target.startsWith("come-back:")) {
                tabs.getSelectionModel().select(comeBackTab);
                comeBack.open(Long.parseLong(target.substring("come-back:".length())));
                comeBackView.focusAnswer();
            } else if (target.equals("moment") || target.startsWith("moment:")) {
                tabs.getSelectionModel().select(momentsTab);
                moments.startFor(target.equals("moment") ? 0 : Long.parseLong(target.substring("moment:".length())));
                momentsView.focusWhat();
            } else if (target.equals("ladder")) {
                tabs.getSelectionModel().select(ladderTab);
            } else if (target.equals("who-knows")) {
                tabs.getSelectionModel().select(whoKnowsTab);
            } else if (target.startsWith("who-knows:")) {
                tabs.getSelectionModel().select(whoKnowsTab);
                String scenario = target.substring("who-knows:".length());
                whoKnows.openFor(scenario, scenario.equals("dad-ill") ? "Dad's illness" : "Hard news");
                whoKnowsView.focusNewTitle();
            } else if (target.startsWith("look-back:")) {
                tabs.getSelectionModel().select(lookBackTab);
                lookBack.showPerson(Long.parseLong(target.substring("look-back:".length())));
            }
        } catch (NumberFormatException e) {
            // not a target this version names: the module is shown as it is
        }
    }
}
