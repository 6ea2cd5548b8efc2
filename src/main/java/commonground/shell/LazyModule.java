package commonground.shell;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

import java.util.function.Supplier;

/**
 * A module that is only built the first time it is shown, so the app's first frame does not wait
 * for modules the user has not opened yet. Until then it has just its sidebar entry.
 */
public final class LazyModule implements AppModule {

    private final String id;
    private final String title;
    private final Ikon icon;
    private final Supplier<AppModule> factory;
    private AppModule module;

    public LazyModule(String id, String title, Ikon icon, Supplier<AppModule> factory) {
        this.id = id;
        this.title = title;
        this.icon = icon;
        this.factory = factory;
    }

    private AppModule module() {
        if (module == null) {
            module = factory.get();
        }
        return module;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Ikon icon() {
        return icon;
    }

    @Override
    public Node createView() {
        return module().createView();
    }

    @Override
    public void onShow() {
        module().onShow();
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
    public void onClose() {
        if (module != null) {
            module.onClose();
        }
    }
}
