package commonground.practice;

import commonground.shell.AppModule;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** Practise: rehearse a hard conversation with someone who reacts, then see how it went. */
public final class PracticeModule implements AppModule {

    /** The target that selects the practice of a walk-through: "walk-through:" and its id. */
    public static final String WALK_THROUGH = "walk-through:";
    /** The target that opens a session's debrief: "session:" and its id (coming back to it from Home). */
    public static final String SESSION = "session:";
    /** Follows the walk-through's id in a target when the walk-through was about someone: "?person=" and their id. */
    static final String PERSON = "?person=";

    private final PracticeListViewModel list;
    private final PlayViewModel play;
    private final DebriefViewModel debrief;
    private PracticeView view;

    /** The target that opens the practice of walk-through {@code scenarioId} with {@code personId} (or no one). */
    public static String walkThroughTarget(String scenarioId, Long personId) {
        return WALK_THROUGH + scenarioId + (personId == null ? "" : PERSON + personId);
    }

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

    /** A sync brought changes: the list of conversations and kept sessions is read again; a practice under way is left alone. */
    @Override
    public void afterSync() {
        if (view != null && view.page() == PracticeView.Page.LIST) {
            list.load();
        }
    }

    @Override
    public void onShow() {
        if (view == null) {
            return;
        }
        switch (view.page()) {
            case LIST -> list.load();
            case PLAY -> play.showAgain();
            case DEBRIEF -> debrief.showAgain();
        }
    }

    /**
     * A practice or a debrief on screen is put away on locking (the user's replies, the coach's notes,
     * the come-back answer) and read again from the database when the app is unlocked; a reply being
     * typed stays.
     */
    @Override
    public void onLock() {
        play.forget();
        debrief.forget();
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
        if (target != null && target.startsWith(SESSION) && view != null) {
            try {
                view.showDebrief(Long.parseLong(target.substring(SESSION.length())));
            } catch (NumberFormatException e) {
                view.showList(); // not a session this version names
            }
            return;
        }
        if (target != null && target.startsWith(WALK_THROUGH)) {
            if (view != null && view.page() != PracticeView.Page.LIST) {
                view.showList();
            }
            String rest = target.substring(WALK_THROUGH.length());
            int at = rest.indexOf(PERSON);
            Long personId = null;
            if (at >= 0) {
                try {
                    personId = Long.parseLong(rest.substring(at + PERSON.length()));
                } catch (NumberFormatException e) {
                    personId = null;
                }
                rest = rest.substring(0, at);
            }
            list.selectForWalkThrough(rest, personId);
        }
    }
}
