package commonground.privacy;

import commonground.shell.AppModule;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** "Privacy": the optional passphrase lock. */
public final class PrivacyModule implements AppModule {

    private final PrivacyViewModel model;

    public PrivacyModule(PrivacyViewModel model) {
        this.model = model;
    }

    @Override
    public String id() {
        return PrivacyFeature.ID;
    }

    @Override
    public String title() {
        return PrivacyFeature.TITLE;
    }

    @Override
    public Ikon icon() {
        return PrivacyFeature.ICON;
    }

    @Override
    public Node createView() {
        return new PrivacyView(model);
    }

    @Override
    public void onShow() {
        model.load();
    }
}
