package commonground.privacy;

import commonground.shell.SecretClipboard;
import commonground.shell.AppModule;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** "Privacy": the optional passphrase lock. */
public final class PrivacyModule implements AppModule {

    private final PrivacyViewModel model;
    private final SecretClipboard clipboard;
    private final commonground.shell.Navigator navigator;

    public PrivacyModule(PrivacyViewModel model, SecretClipboard clipboard) {
        this(model, clipboard, moduleId -> { });
    }

    /** With the navigator that goes back to Sync when Sync asked for the lock ({@link #LOCK_THEN_SYNC}). */
    public PrivacyModule(PrivacyViewModel model, SecretClipboard clipboard, commonground.shell.Navigator navigator) {
        this.model = model;
        this.clipboard = clipboard;
        this.navigator = navigator;
    }

    /** The target Sync opens this with: turn the lock on, then go back to Sync. */
    public static final String LOCK_THEN_SYNC = "lock-then:sync";

    @Override
    public void open(String target) {
        if (LOCK_THEN_SYNC.equals(target)) {
            model.comeBackAfterLockOn(() -> navigator.show("sync"));
        }
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
