package commonground.app;

import commonground.care.CrisisLine;
import commonground.care.DataCrisisLine;
import commonground.care.FrameView;
import commonground.care.HelpResources;
import commonground.content.ContentException;
import commonground.care.HelpModule;
import commonground.care.SupportContactRepository;
import commonground.shell.AppModule;
import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.shell.Navigator;
import commonground.shell.Preferences;
import commonground.storage.Database;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Builds the care parts of the app: the Help page (in the sidebar's footer, F1), the few sentences
 * about what the app is (at first start, from About and from Help), and quick hide (Ctrl+Shift+H).
 */
final class CareFeature {

    /** Set once "Don't show this again" was ticked. */
    static final String FRAME_HIDDEN = "care.frame.hidden";

    private final Database database;
    private final DatabaseThread dbThread;
    private final Dialogs dialogs;
    private final Preferences preferences;
    private final Navigator navigator;
    private final StackPane root;
    private final Runnable savePreferences;
    private final Consumer<String> openLink;
    private FrameView frame;
    private commonground.care.LockedHelpView lockedHelp;

    CareFeature(Database database, DatabaseThread dbThread, Dialogs dialogs, Preferences preferences,
                Navigator navigator, StackPane root, Runnable savePreferences, Consumer<String> openLink) {
        this.database = database;
        this.dbThread = dbThread;
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.navigator = navigator;
        this.root = root;
        this.savePreferences = savePreferences;
        this.openLink = openLink;
    }

    /** The modules with Help added (it is listed in the sidebar's footer). */
    List<AppModule> withHelp(List<AppModule> modules) {
        List<AppModule> all = new ArrayList<>(modules);
        all.add(new HelpModule(new SupportContactRepository(database), dbThread, dialogs, preferences, savePreferences,
                this::showFrame, openLink));
        return List.copyOf(all);
    }

    /**
     * The crisis line for a country, from the help resources (for the distress check's gentle
     * notice); the neutral pointer to Help when the resources cannot be read.
     */
    CrisisLine crisisLine() {
        return new CrisisLine() {
            private CrisisLine loaded;

            @Override
            public String forCountry(java.util.Locale locale) {
                return resources().forCountry(chosenOr(locale));
            }

            @Override
            public String abuseLineFor(java.util.Locale locale) {
                return resources().abuseLineFor(chosenOr(locale));
            }

            /** The country chosen on the Help page, else the computer's. */
            private java.util.Locale chosenOr(java.util.Locale locale) {
                String chosen = preferences.get(commonground.care.HelpViewModel.COUNTRY_KEY, null);
                return chosen == null || chosen.isBlank() ? locale : new java.util.Locale("", chosen);
            }

            private CrisisLine resources() {
                if (loaded == null) {
                    // Read when a notice first shows, not at start-up; the file is small.
                    try {
                        loaded = new DataCrisisLine(HelpResources.load());
                    } catch (ContentException e) {
                        System.getLogger(CareFeature.class.getName()).log(System.Logger.Level.WARNING,
                                "The help resources could not be read; the notice points to Help instead", e);
                        loaded = CrisisLine.NEUTRAL;
                    }
                }
                return loaded;
            }
        };
    }

    /** Once the window is up: quick hide, and the frame unless the user asked not to see it again. */
    void afterShown(Stage stage, BooleanSupplier lockOn, Runnable lockNow, BooleanSupplier lockScreenShown) {
        QuickHide.install(stage, root, lockOn, lockNow);
        // F1 on the lock screen: the shell's F1 cannot open Help there, so the public numbers show instead.
        stage.getScene().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F1 && lockScreenShown.getAsBoolean()) {
                showLockedHelp();
                e.consume();
            }
        });
        if (!Boolean.parseBoolean(preferences.get(FRAME_HIDDEN, "false"))) {
            showFrame();
        }
    }

    /** Help while locked: the public numbers for the country chosen on the Help page, over the lock screen. */
    void showLockedHelp() {
        if (lockedHelp != null && root.getChildren().contains(lockedHelp)) {
            return;
        }
        HelpResources resources;
        try {
            resources = HelpResources.load();
        } catch (ContentException e) {
            System.getLogger(CareFeature.class.getName()).log(System.Logger.Level.WARNING,
                    "The help resources could not be read for the lock screen", e);
            resources = HelpResources.none();
        }
        String chosen = preferences.get(commonground.care.HelpViewModel.COUNTRY_KEY, "");
        String country = resources.countries().contains(chosen) ? chosen
                : resources.countries().contains(java.util.Locale.getDefault().getCountry())
                ? java.util.Locale.getDefault().getCountry() : commonground.care.HelpResource.INTERNATIONAL;
        javafx.scene.Node before = root.getScene() == null ? null : root.getScene().getFocusOwner();
        lockedHelp = new commonground.care.LockedHelpView(commonground.care.HelpViewModel.countryLabel(country),
                resources.forCountry(country), () -> {
                    root.getChildren().remove(lockedHelp);
                    if (before != null) {
                        before.requestFocus();
                    }
                });
        root.getChildren().add(lockedHelp);
        lockedHelp.focus();
    }

    /** Shows the few sentences about what the app is, over whatever is showing. */
    void showFrame() {
        if (frame != null && root.getChildren().contains(frame)) {
            return;
        }
        frame = new FrameView(Boolean.parseBoolean(preferences.get(FRAME_HIDDEN, "false")), dontShowAgain -> {
            root.getChildren().remove(frame);
            preferences.put(FRAME_HIDDEN, dontShowAgain);
            savePreferences.run();
        }, () -> navigator.show(HelpModule.ID));
        root.getChildren().add(frame);
        frame.lookup("#care-frame-continue").requestFocus();
    }
}
