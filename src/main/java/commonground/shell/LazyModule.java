package commonground.shell;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * A module that is only built the first time it is shown, so the app's first frame does not wait
 * for modules the user has not opened yet. Until then it has just its sidebar entry.
 */
public final class LazyModule implements AppModule {

    private final Feature feature;
    private final ModuleContext context;
    private AppModule module;

    public LazyModule(Feature feature, ModuleContext context) {
        this.feature = feature;
        this.context = context;
    }

    private AppModule module() {
        if (module == null) {
            module = feature.create(context);
        }
        return module;
    }

    @Override
    public String id() {
        return feature.id();
    }

    @Override
    public String title() {
        return feature.title();
    }

    @Override
    public Ikon icon() {
        return feature.icon();
    }

    @Override
    public Node createView() {
        return module().createView();
    }

    @Override
    public void onShow() {
        module().onShow();
    }

    /** Only a module already built shows anything; one not built yet reads everything when first shown. */
    @Override
    public void afterSync() {
        if (module != null) {
            module.afterSync();
        }
    }

    @Override
    public boolean canLeave() {
        return module == null || module.canLeave();
    }

    @Override
    public void startNew() {
        module().startNew();
    }

    @Override
    public void focusSearch() {
        module().focusSearch();
    }

    @Override
    public void open(String target) {
        module().open(target);
    }

    @Override
    public void onClose() {
        if (module != null) {
            module.onClose();
        }
    }

    @Override
    public void onLock() {
        if (module != null) {
            module.onLock();
        }
    }
}
