package commonground.care;

import commonground.content.ContentException;
import commonground.shell.AppModule;
import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.shell.Preferences;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.util.Locale;
import java.util.function.Consumer;

/** Help and support, in the sidebar's footer and on F1 from anywhere. */
public final class HelpModule implements AppModule {

    public static final String ID = "help";

    private final SupportContactRepository contacts;
    private final DatabaseThread db;
    private final Dialogs dialogs;
    private final Preferences preferences;
    private final Runnable savePreferences;
    private final Runnable showFrame;
    private final Consumer<String> openLink;
    private HelpViewModel model;

    public HelpModule(SupportContactRepository contacts, DatabaseThread db, Dialogs dialogs, Preferences preferences,
                      Runnable savePreferences, Runnable showFrame, Consumer<String> openLink) {
        this.contacts = contacts;
        this.db = db;
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.savePreferences = savePreferences;
        this.showFrame = showFrame;
        this.openLink = openLink;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Help and support";
    }

    @Override
    public Ikon icon() {
        return Feather.LIFE_BUOY;
    }

    @Override
    public boolean inSidebarFooter() {
        return true;
    }

    @Override
    public Node createView() {
        HelpResources resources;
        String problem = "";
        try {
            resources = HelpResources.load();
        } catch (ContentException e) {
            resources = HelpResources.none();
            problem = e.getMessage();
        }
        model = new HelpViewModel(resources, problem, contacts, db, dialogs, preferences, savePreferences,
                Locale.getDefault().getCountry());
        return new HelpView(model, showFrame, openLink);
    }

    @Override
    public void onShow() {
        if (model != null) {
            model.reload();
        }
    }

    @Override
    public void onLock() {
        if (model != null) {
            model.onLock();
        }
    }
}
