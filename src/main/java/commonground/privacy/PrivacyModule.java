package commonground.privacy;

import commonground.shell.AppModule;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** "Privacy": the optional passphrase lock. */
public final class PrivacyModule implements AppModule {

    private final PrivacyViewModel model;

    public PrivacyModule(PrivacyViewModel model) {
        this.model = model;
    }

    @Override
    public String id() {
        return "privacy";
    }

    @Override
    public String title() {
        return "Privacy";
    }

    @Override
    public Ikon icon() {
        return Feather.LOCK;
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
