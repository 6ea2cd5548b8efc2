package commonground.sync;

import commonground.shell.AppModule;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** "Sync": keeping this journal the same on two or three computers, through a folder they share. */
public final class SyncModule implements AppModule {

    private final SyncViewModel model;

    public SyncModule(SyncViewModel model) {
        this.model = model;
    }

    @Override
    public String id() {
        return SyncFeature.ID;
    }

    @Override
    public String title() {
        return SyncFeature.TITLE;
    }

    @Override
    public Ikon icon() {
        return SyncFeature.ICON;
    }

    @Override
    public Node createView() {
        return new SyncView(model);
    }

    @Override
    public void onShow() {
        model.load();
    }

    @Override
    public void onLock() {
        model.forgetTexts();
    }
}
