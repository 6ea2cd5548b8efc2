package commonground.privacy;

import commonground.shell.SecretClipboard;
import commonground.shell.AppModule;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** "Privacy": the optional passphrase lock. */
public final class PrivacyModule implements AppModule {

    private final PrivacyViewModel model;
    private final SecretClipboard clipboard;

    public PrivacyModule(PrivacyViewModel model, SecretClipboard clipboard) {
        this.model = model;
        this.clipboard = clipboard;
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
        return new PrivacyView(model, clipboard);
    }

    @Override
    public void onShow() {
        model.load();
    }

    @Override
    public void onLock() {
        model.onLock();
    }
}
