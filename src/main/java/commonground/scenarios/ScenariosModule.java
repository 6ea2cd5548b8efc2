package commonground.scenarios;

import commonground.shell.AppModule;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** Guided scenarios: short walk-throughs that turn the practices into a plan for one real situation. */
public final class ScenariosModule implements AppModule {

    private final ScenariosViewModel model;
    private final DraftEditorFactory drafts;
    private final commonground.shell.SecretClipboard clipboard;
    private ScenariosView view;

    public ScenariosModule(ScenariosViewModel model, DraftEditorFactory drafts,
                           commonground.shell.SecretClipboard clipboard) {
        this.model = model;
        this.drafts = drafts;
        this.clipboard = clipboard;
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
        view = new ScenariosView(model, drafts, clipboard);
        return view;
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

    /** Opens "run:&lt;id&gt;" (as the long game's "Open it" asks). */
    @Override
    public void open(String target) {
        if (target != null && target.startsWith("run:")) {
            try {
                model.openRun(Long.parseLong(target.substring("run:".length())));
            } catch (NumberFormatException e) {
                // not a run this version names: the module is shown as it is
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
