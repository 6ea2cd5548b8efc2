package commonground.privacy;

import commonground.shell.AppModule;
import commonground.shell.Feature;
import commonground.shell.ModuleContext;
import commonground.storage.PrivacyLock;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** How Privacy joins the app: seventh in the sidebar (Ctrl+7). */
public final class PrivacyFeature implements Feature {

    public static final String ID = "privacy";
    static final String TITLE = "Privacy";
    static final Ikon ICON = Feather.LOCK;

    private final PrivacyLock lock;
    private final LockControl lockControl;

    /** {@code lock} is the app's one passphrase lock; {@code lockControl} locks the window. */
    public PrivacyFeature(PrivacyLock lock, LockControl lockControl) {
        this.lock = lock;
        this.lockControl = lockControl;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public Ikon icon() {
        return ICON;
    }

    @Override
    public int position() {
        return 7;
    }

    @Override
    public AppModule create(ModuleContext c) {
        return new PrivacyModule(new PrivacyViewModel(lock, c.dbThread(), c.dialogs(), lockControl));
    }
}
