package commonground.sync;

import commonground.shell.AppModule;
import commonground.shell.Feature;
import commonground.shell.ModuleContext;
import commonground.shell.SidebarEntry;
import commonground.storage.sync.SyncEngine;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * How Sync joins the app: tenth and last in the sidebar, after Practise and the long game; Ctrl+1 to
 * Ctrl+9 are taken, so it is reached by the sidebar (or Tab to it).
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
        return new SidebarEntry(ID, TITLE, ICON, 10);
    }

    @Override
    public AppModule create(ModuleContext c) {
        return new SyncModule(new SyncViewModel(engine, c.dbThread(), c.dialogs(), c.clock(), computerName,
                c.navigator()));
    }
}
