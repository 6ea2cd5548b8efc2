package commonground.sync;

import commonground.shell.AppModule;
import commonground.shell.Feature;
import commonground.shell.ModuleContext;
import commonground.shell.SidebarEntry;
import commonground.storage.sync.SyncEngine;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * How Sync joins the app: after Practise in the sidebar. Its place is 9 (Ctrl+9) while no other
 * module holds it; when the long-game module takes 9th place, Sync becomes 10th (the sidebar
 * refuses gaps, so it cannot be 10 before then).
 */
public final class SyncFeature implements Feature {

    public static final String ID = "sync";
    static final String TITLE = "Sync";
    static final Ikon ICON = Feather.REFRESH_CW;

    private final SyncEngine engine;
    private final String computerName;

    /** {@code engine} is the app's one sync engine; {@code computerName} is offered as this computer's name. */
    public SyncFeature(SyncEngine engine, String computerName) {
        this.engine = engine;
        this.computerName = computerName;
    }

    @Override
    public SidebarEntry entry() {
        return new SidebarEntry(ID, TITLE, ICON, 9);
    }

    @Override
    public AppModule create(ModuleContext c) {
        return new SyncModule(new SyncViewModel(engine, c.dbThread(), c.dialogs(), c.clock(), computerName));
    }
}
