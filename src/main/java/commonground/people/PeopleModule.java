package commonground.people;

import commonground.shell.AppModule;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** The People module: who the user is working on connecting with. */
public final class PeopleModule implements AppModule {

    private final PeopleViewModel model;
    private PeopleView view;

    public PeopleModule(PeopleViewModel model) {
        this.model = model;
    }

    @Override
    public String id() {
        return PeopleFeature.ID;
    }

    @Override
    public String title() {
        return PeopleFeature.TITLE;
    }

    @Override
    public Ikon icon() {
        return PeopleFeature.ICON;
    }

    @Override
    public Node createView() {
        view = new PeopleView(model);
        return view;
    }

    @Override
    public void startNew() {
        if (view != null) {
            view.startNew();
        }
    }

    /** A sync brought changes: the list is read again; the person chosen stays, and what is typed in their form. */
    @Override
    public void afterSync() {
        model.refreshAfterSync();
    }

    @Override
    public void onShow() {
        model.reloadAfterUnlock();
    }

    @Override
    public boolean canLeave() {
        model.saveNote();
        return true;
    }

    @Override
    public void onClose() {
        model.saveNote();
    }

    @Override
    public void onLock() {
        model.onLock();
    }
}
