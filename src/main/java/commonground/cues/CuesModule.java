package commonground.cues;

import commonground.shell.AppModule;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** The Cues module: notice small signs, respond gently, and see over weeks what helps. */
public final class CuesModule implements AppModule {

    /** The target that opens one check-in: "check-in:" and its id. */
    public static final String CHECK_IN_TARGET = "check-in:";

    private final CuesViewModel model;

    private final CheckInComeBack comeBack;
    private final java.util.function.LongConsumer goodMoment;
    private CuesView view;

    public CuesModule(CuesViewModel model) {
        this(model, null, null);
    }

    /** With the "Come back to this on" field and the "A good moment…" button (either may be null). */
    public CuesModule(CuesViewModel model, CheckInComeBack comeBack, java.util.function.LongConsumer goodMoment) {
        this.model = model;
        this.comeBack = comeBack;
        this.goodMoment = goodMoment;
    }

    @Override
    public String id() {
        return CuesFeature.ID;
    }

    @Override
    public String title() {
        return CuesFeature.TITLE;
    }

    @Override
    public Ikon icon() {
        return CuesFeature.ICON;
    }

    @Override
    public Node createView() {
        view = new CuesView(model, comeBack, goodMoment);
        return view;
    }

    @Override
    public void startNew() {
        if (view != null) {
            view.focusNewCheckIn();
        }
    }

    @Override
    public void focusSearch() {
        if (view != null) {
            view.focusCueSearch();
        }
    }

    /** Opens a check-in named "check-in:&lt;id&gt;" (its person, Over time, the check-in selected). */
    @Override
    public void open(String target) {
        if (target != null && target.startsWith(CHECK_IN_TARGET)) {
            try {
                model.openCheckIn(Long.parseLong(target.substring(CHECK_IN_TARGET.length())));
            } catch (NumberFormatException e) {
                // not a check-in this version names: the page is shown as it is
            }
        }
    }

    /** A sync brought changes: people, cues and Over time are read again; the person chosen and the check-in being written stay. */
    @Override
    public void afterSync() {
        model.reload();
    }

    @Override
    public void onShow() {
        model.onShow();
    }

    @Override
    public boolean canLeave() {
        model.flush();
        return true;
    }

    @Override
    public void onClose() {
        model.flush();
    }

    @Override
    public void onLock() {
        model.onLock();
    }
}
