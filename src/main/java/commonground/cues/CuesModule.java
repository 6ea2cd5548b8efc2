package commonground.cues;

import commonground.shell.AppModule;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** The Cues module: notice small signs, respond gently, and see over weeks what helps. */
public final class CuesModule implements AppModule {

    private final CuesViewModel model;

    private CuesView view;

    public CuesModule(CuesViewModel model) {
        this.model = model;
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
        view = new CuesView(model);
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

    @Override
    public void onShow() {
        model.reload();
    }

    @Override
    public void onLock() {
        model.onLock();
    }
}
