package commonground.practice;

import commonground.shell.AppModule;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** Practise: rehearse a hard conversation with someone who reacts, then see how it went. */
public final class PracticeModule implements AppModule {

    /** The target that selects the practice of a walk-through: "walk-through:" and its id. */
    public static final String WALK_THROUGH = "walk-through:";

    private final PracticeListViewModel list;
    private final PlayViewModel play;
    private final DebriefViewModel debrief;
    private PracticeView view;

    PracticeModule(PracticeListViewModel list, PlayViewModel play, DebriefViewModel debrief) {
        this.list = list;
        this.play = play;
        this.debrief = debrief;
    }

    @Override
    public String id() {
        return PracticeFeature.ID;
    }

    @Override
    public String title() {
        return PracticeFeature.TITLE;
    }

    @Override
    public Ikon icon() {
        return PracticeFeature.ICON;
    }

    @Override
    public Node createView() {
        view = new PracticeView(list, play, debrief);
        return view;
    }

    @Override
    public void onShow() {
        if (view != null && view.page() == PracticeView.Page.LIST) {
            list.load();
        }
    }

    @Override
    public void startNew() {
        if (view != null) {
            view.showList();
        }
    }

    @Override
    public void focusSearch() {
        if (view != null) {
            view.focusList();
        }
    }

    @Override
    public void open(String target) {
        if (target != null && target.startsWith(WALK_THROUGH)) {
            if (view != null && view.page() != PracticeView.Page.LIST) {
                view.showList();
            }
            list.selectForWalkThrough(target.substring(WALK_THROUGH.length()));
        }
    }
}
