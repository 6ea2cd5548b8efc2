package commonground.scenarios;

import commonground.shell.AppModule;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** Guided scenarios: short walk-throughs that turn the practices into a plan for one real situation. */
public final class ScenariosModule implements AppModule {

    /** What Home's "Recently" names to open a walk-through: "run:&lt;id&gt;". */
    static final String RUN_TARGET = "run:";

    private final ScenariosViewModel model;
    private final DraftEditorFactory drafts;
    private final commonground.shell.SecretClipboard clipboard;
    private ScenariosView view;

    private final PracticeLink practice;

    public ScenariosModule(ScenariosViewModel model, DraftEditorFactory drafts,
                           commonground.shell.SecretClipboard clipboard, PracticeLink practice) {
        this.model = model;
        this.drafts = drafts;
        this.clipboard = clipboard;
        this.practice = practice;
    }

    @Override
    public String id() {
        return ScenariosFeature.ID;
    }

    @Override
    public String title() {
        return ScenariosFeature.TITLE;
    }

    @Override
    public Ikon icon() {
        return ScenariosFeature.ICON;
    }

    @Override
    public Node createView() {
        view = new ScenariosView(model, drafts, clipboard, practice);
        return view;
    }

    /** A sync brought changes: the list of walk-throughs is read again, as when shown. */
    @Override
    public void afterSync() {
        onShow(); // the list is read again; a walk-through being answered is left as it is
    }

    @Override
    public void onShow() {
        if (model.pageProperty().get() == ScenariosViewModel.Page.LIST) {
            model.reload();
        }
    }

    @Override
    public boolean canLeave() {
        model.flush();
        return true;
    }

    @Override
    public void startNew() {
        if (view != null) {
            view.focusList();
        }
    }

    @Override
    public void focusSearch() {
        if (view != null) {
            view.focusList();
        }
    }

    /** Opens the walk-through named "run:&lt;id&gt;" itself, as Home's "Recently" asks. */
    @Override
    public void open(String target) {
        if (target != null && target.startsWith(RUN_TARGET)) {
            try {
                model.open(Long.parseLong(target.substring(RUN_TARGET.length())));
            } catch (NumberFormatException e) {
                // not a walk-through this version names: the list is shown as it is
            }
        }
    }

    @Override
    public void onClose() {
        model.flush();
    }

    /** A plan on screen is put away on locking (the list shows after unlocking); a step being answered stays. */
    @Override
    public void onLock() {
        if (model.pageProperty().get() == ScenariosViewModel.Page.SUMMARY) {
            model.summary().forget();
            model.showList();
        }
    }
}
