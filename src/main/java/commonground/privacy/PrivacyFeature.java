package commonground.privacy;

import commonground.shell.AppModule;
import commonground.shell.Feature;
import commonground.shell.ModuleContext;
import commonground.shell.SidebarEntry;
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
    private final commonground.care.CareNotices care;
    private java.util.function.BooleanSupplier othersKeepLock = () -> false;

    /**
     * {@code lock} is the app's one passphrase lock; {@code lockControl} locks the window;
     * {@code care} holds the choice to show gentle notices, which Privacy lets the user turn off.
     */
    public PrivacyFeature(PrivacyLock lock, LockControl lockControl, commonground.care.CareNotices care) {
        this.lock = lock;
        this.lockControl = lockControl;
        this.care = care;
    }

    /**
     * How to learn, on the database thread, whether another computer this one syncs with keeps its
     * lock on (turning the lock off here then warns that theirs stays on).
     */
    public PrivacyFeature withOtherComputers(java.util.function.BooleanSupplier othersKeepLock) {
        this.othersKeepLock = othersKeepLock;
        return this;
    }

    @Override
    public SidebarEntry entry() {
        return new SidebarEntry(ID, TITLE, ICON, 7);
    }

    @Override
    public AppModule create(ModuleContext c) {
        PrivacyViewModel model = new PrivacyViewModel(lock, c.dbThread(), c.dialogs(), lockControl, care);
        model.othersKeepLock(othersKeepLock);
        commonground.care.CareNoticeRepository choices = new commonground.care.CareNoticeRepository(c.database());
        model.keepNoteTitlesIn(new NoteTitlesChoice.Store() {
            @Override
            public boolean read() {
                return choices.noteTitlesOnHome();
            }

            @Override
            public void write(boolean on) {
                choices.setNoteTitlesOnHome(on);
            }
        });
        return new PrivacyModule(model, c.clipboard(), c.navigator());
    }
}
