package commonground.app;

import commonground.care.CareNoticeRepository;
import commonground.care.CareNotices;
import commonground.care.SupportContactRepository;
import commonground.content.ContentException;
import commonground.content.Practices;
import commonground.cues.CuesFeature;
import commonground.draft.CoachService;
import commonground.draft.DraftEditor;
import commonground.draft.DraftFeature;
import commonground.longgame.ComeBackRepository;
import commonground.longgame.LongGameFeature;
import commonground.people.PeopleFeature;
import commonground.privacy.LockController;
import commonground.shell.SecretClipboard;
import commonground.privacy.PrivacyFeature;
import commonground.reflection.NoteRepository;
import commonground.reflection.NoteSearch;
import commonground.reflection.ReflectionFeature;
import commonground.scenarios.DraftEditorFactory;
import commonground.scenarios.ScenarioLibrary;
import commonground.scenarios.ScenarioRepository;
import commonground.practice.PracticeFeature;
import commonground.practice.PracticeLibrary;
import commonground.practice.PracticeTextRepository;
import commonground.scenarios.PracticeLink;
import commonground.scenarios.ScenariosFeature;
import commonground.shell.AppModule;
import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.shell.Feature;
import commonground.storage.sync.SyncEngine;
import commonground.sync.SyncFeature;
import commonground.shell.FxDatabaseThread;
import commonground.shell.FxDialogs;
import commonground.shell.ModuleContext;
import commonground.shell.Preferences;
import commonground.shell.ShellModel;
import commonground.shell.ShellView;
import commonground.shell.Sidebar;
import commonground.shell.Stylesheets;
import commonground.shell.Theme;
import commonground.storage.Backups;
import commonground.storage.DataTransfer;
import commonground.storage.Database;
import commonground.storage.DatabaseOpenException;
import commonground.storage.PassphraseKeys;
import commonground.storage.PrivacyLock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The composition root: reads the command line, opens the data folder, the log and the database
 * (off the JavaFX thread, while the window is being built), creates the features' modules and the
 * lock, and shows the shell.
 */
public class CommonGroundApp extends Application {

    private static final System.Logger LOG = System.getLogger(CommonGroundApp.class.getName());

    private Options options;
    private Path dataFolder;
    private Preferences preferences;
    private DisplayChoices display;
    private Theme theme;
    private Database database;
    private final CountDownLatch firstFrameShown = new CountDownLatch(1);
    private CompletableFuture<Void> opened;
    /** Done once what follows opening the data file (the daily backup, the lock's state) is under way. */
    private final CompletableFuture<Void> startedUp = new CompletableFuture<>();
    private CompletableFuture<Practices> practices;
    private ShellModel shellModel;
    /** Whether this computer syncs, as last found on the database thread (see showSyncOn). */
    private volatile boolean syncOn;
    private Stage stage;
    private StackPane root;
    private WindowPlacement placement;
    private DatabaseRecovery recovery;
    private DataSafety dataSafety;
    private Exception startupProblem;
    private InstanceLock instanceLock;
    private Logging logging;
    private Thread.UncaughtExceptionHandler previousUncaught;
    /** Help and support, the first-start frame and quick hide. */
    private CareFeature care;
    /** Reminders of what to come back to, while the app is open; null until the data is open. */
    private commonground.longgame.ReminderTicker reminders;
    private SyncEngine syncEngine;
    private AutoSync autoSync;
    private LockController lock;

    @Override
    public void init() {
        try {
            options = Options.parse(getParameters().getRaw());
            dataFolder = DataFolder.resolve(options.dataDir());
            DataFolder.prepare(dataFolder);
            DataFolder.useForSqliteTemporaryFiles(dataFolder);
            Optional<InstanceLock> lock = InstanceLock.tryAcquire(dataFolder);
            if (lock.isEmpty()) {
                startupProblem = new IllegalStateException(InstanceLock.alreadyRunningMessage(dataFolder));
                return;
            }
            instanceLock = lock.get();
        } catch (Options.UsageException | IOException e) {
            startupProblem = e;
            return;
        }
        try {
            logging = Logging.start(dataFolder);
        } catch (IOException e) {
            // The app works without its log; the terminal gets what would have been written there.
            LOG.log(System.Logger.Level.WARNING, "The log file could not be opened", e);
        }
        preferences = Preferences.load(dataFolder.resolve("preferences.properties"));
        // Called off the JavaFX thread, this queues the theme's loading there; the thread is idle
        // until start(), so the theme loads while the rest of init() runs.
        display = new DisplayChoices(preferences);
        theme = display.theme();
        theme.apply();
        database = Database.at(dataFolder.resolve(Database.FILE_NAME));
        database.registerSearchIndex(NoteSearch.INDEX);
        syncEngine = SyncTables.registerAll(new SyncEngine(database, Clock.systemUTC(), passphraseCost(),
                new SecureRandom()));
        opened = CompletableFuture.runAsync(() -> {
            try {
                awaitFirstFrame();
                database.openNow();
                resumeSync();
            } catch (DatabaseOpenException e) {
                throw new CompletionException(e);
            }
        }, database.executor());
        practices = CompletableFuture.supplyAsync(() -> {
            try {
                awaitFirstFrame();
                return Practices.load();
            } catch (ContentException e) {
                throw new CompletionException(e);
            }
        });
        // The first frame's icons share one font; loading it here overlaps with the theme's loading.
        new FontIcon(Feather.INFO);
    }

    /**
     * Background start-up work (opening the database, reading content) waits until the first
     * frame is on screen, or at most two seconds, so it does not compete with showing the window.
     * Module work queues behind the database open on the database thread.
     */
    private void awaitFirstFrame() {
        try {
            firstFrameShown.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        stage.setTitle("Common Ground");
        root = new StackPane();
        root.getStyleClass().add("app-root");
        placement = new WindowPlacement(preferences);
        if (startupProblem != null) {
            Theme.LIGHT.apply();
            root.getChildren().setAll(new StartupProblemView(startupProblem.getMessage(), Platform::exit));
            showStage();
            return;
        }
        shellModel = new ShellModel();
        shellModel.syncOnProperty().set(syncOn);
        Failures failures = new Failures(database.file(), shellModel.statusProperty()::set,
                problem -> recovery.show(problem));
        previousUncaught = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(failures::uncaught);
        Thread.currentThread().setUncaughtExceptionHandler(failures::uncaught);

        Dialogs dialogs = new FxDialogs(() -> stage);
        DatabaseThread dbThread = new FxDatabaseThread(database.executor(), failures::report);
        PrivacyLock privacyLock = new PrivacyLock(database, passphraseCost());
        SecretClipboard clipboard = SecretClipboard.system();
        lock = new LockController(database, privacyLock, dbThread, shellModel,
                node -> root.getChildren().setAll(node), display::rememberLock, clipboard);
        recovery = new DatabaseRecovery(database, root, shellModel, failures::report, lock::reopened);
        dataSafety = new DataSafety(new Backups(database), new DataTransfer(database),
                () -> new MarkdownExport(new NoteRepository(database), new ScenarioRepository(database),
                        new ScenarioLibrary(new ScenarioRepository(database), practices::join), practices.join())
                        .withNeutralNames(database.isLockEnabled()),
                dbThread, dialogs, () -> stage, shellModel.statusProperty()::set, lock::afterDataReplaced);

        ModuleContext context = new ModuleContext(database, dbThread, dialogs, shellModel, practices,
                Clock.systemDefaultZone(), clipboard, new ComeBackRepository(database));
        CoachService coach = new CoachService();
        // The gentle notices beside what the user writes, shared so one choice in Privacy holds everywhere.
        care = new CareFeature(database, dbThread, dialogs, preferences, shellModel, root, display::saveLater,
                getHostServices()::showDocument);
        CareNotices notices = new CareNotices(new CareNoticeRepository(database), dbThread, care.crisisLine(),
                new SupportContactRepository(database));
        lock.alsoOnLock(notices::forgetTexts);
        lock.alsoOnUnlock(notices::refreshPeopleToCall);
        PracticeLink practiceLink = new WalkThroughPractice(new PracticeLibrary(new PracticeTextRepository(database),
                practices::join), shellModel);
        LongGameFeature longGame = new LongGameFeature();
        List<Feature> features = List.of(new ScenariosFeature(coachedDraftEditor(coach), notices, practiceLink),
                new CuesFeature(notices), new ReflectionFeature(notices), new PeopleFeature(), new DraftFeature(coach),
                new PrivacyFeature(privacyLock, lock, notices)
                        .withOtherComputers(() -> syncEngine.status().othersLocked()), new PracticeFeature(coach::review), longGame,
                new SyncFeature(syncEngine, SyncCommand.computerName()));
        autoSync = new AutoSync(syncEngine, database, shellModel.statusProperty()::set, Clock.systemDefaultZone());
        // A sync at start-up finds the data locked and waits; so each unlock syncs once too.
        lock.alsoOnUnlock(autoSync::queue);
        // Home and the sidebar say where the writing is kept: after each sync, starting, joining or stopping.
        syncEngine.afterEachSync(() -> showSyncOn(syncEngine.isOn()));
        // What another computer changed shows on the page already open (Home and the others read it when shown).
        syncEngine.afterChangesArrived(() -> Platform.runLater(shellModel::changesArrived));
        shellModel.setModules(care.withHelp(Sidebar.modules(features, context)));
        display.keep(shellModel, theme, root);
        ShellView shellView = new ShellView(shellModel, dataFolder.toString(),
                () -> AboutDialog.show(stage, AppVersion.version(), dataFolder, database.file(), dataSafety, care::showFrame,
                        shellModel.syncOnProperty().get()));

        // The lock's state is only known once the file is open; a hint from the last run keeps the
        // first frame from showing the shell when it will be locked.
        lock.showFirst(shellView, display.lockedLastTime());
        showStage();
        lock.watchIdleTime(stage.getScene());
        care.afterShown(stage, database::isLockEnabled, lock::lockNow, lock::isLocked);
        lock.setHelpAction(care::showLockedHelp);
        opened.whenComplete((ok, error) -> Platform.runLater(() -> {
            if (error != null) {
                recovery.show(Failures.unwrap(error));
            } else {
                dataSafety.dailyBackup();
                lock.databaseOpened();
                reminders = longGame.startReminders(context, shellModel.statusProperty()::set);
                autoSync.start();
            }
            startedUp.complete(null);
        }));
        practices.whenComplete((ok, error) -> Platform.runLater(() -> {
            if (error != null) {
                LOG.log(System.Logger.Level.ERROR, "A content file could not be read", Failures.unwrap(error));
                root.getChildren().setAll(new StartupProblemView(Failures.unwrap(error).getMessage(), Platform::exit));
            }
        }));
    }

    /** The scenarios' draft steps use the same coached editor as "Draft a message". */
    private static DraftEditorFactory coachedDraftEditor(CoachService coach) {
        return (text, promptText) -> {
            DraftEditor editor = new DraftEditor(coach);
            editor.textArea().setId("answer-text");
            editor.textArea().setPromptText(promptText);
            editor.textProperty().bindBidirectional(text);
            return editor;
        };
    }

    private void showStage() {
        Scene scene = placement.scene(root);
        scene.getStylesheets().add(Stylesheets.url("/commonground/shell/app.css"));
        stage.setScene(scene);
        placement.restore(stage);
        boolean exitAfterFirstFrame = options != null && options.exitAfterFirstFrame();
        FirstFrame.watch(scene, ms -> {
            if (exitAfterFirstFrame) {
                // Asked for (bench/startup.sh reads it); at a normal start the terminal stays quiet.
                System.out.println("first frame after " + ms + " ms");
            } else {
                LOG.log(System.Logger.Level.DEBUG, "First frame after {0} ms", ms);
            }
            firstFrameShown.countDown();
            // The window icon is decoded after the first frame; it is not needed to show the window.
            loadIcon().ifPresent(icon -> stage.getIcons().setAll(icon)); // one, however often the stage is reused
            if (exitAfterFirstFrame) {
                // Exit once the database has been opened (or refused) and the work that follows is
                // queued, so a start-up check covers it and the database closes after that work.
                (opened == null ? CompletableFuture.completedFuture(null) : startedUp)
                        .whenComplete((ok, error) -> Platform.runLater(Platform::exit));
            }
        });
        stage.show();
    }

    /**
     * Home and the sidebar say whether this computer syncs (called on the database thread). Sync
     * resumes while the app starts, sometimes before the window exists: the answer is kept and
     * shown once it does (it threw on the FX thread, and the app did not open).
     */
    private void showSyncOn(boolean on) {
        syncOn = on;
        Platform.runLater(() -> {
            if (shellModel != null) {
                shellModel.syncOnProperty().set(syncOn);
            }
        });
    }

    /** Puts sync's change triggers back after the migrations (on the database thread); see SyncEngine.resume. */
    private void resumeSync() {
        try {
            syncEngine.resume();
            showSyncOn(syncEngine.isOn());
        } catch (RuntimeException e) {
            // Each sync puts them back too; until then a change made here may wait for the next full check.
            LOG.log(System.Logger.Level.WARNING, "Sync's change triggers could not be put back: " + e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (reminders != null) {
            reminders.close();
            reminders = null;
        }
        if (shellModel != null) {
            for (AppModule module : shellModel.modules()) {
                module.onClose();
            }
        }
        if (lock != null) {
            lock.close(); // its idle timer would keep this closed app's screens until it ran out
        }
        placement.remember(stage);
        if (display != null) {
            display.saveNow();
        }
        if (autoSync != null) {
            autoSync.beforeClose();
        }
        if (database != null) {
            database.close();
        }
        if (instanceLock != null) {
            instanceLock.close();
            instanceLock = null;
        }
        if (shellModel != null) {
            Thread.setDefaultUncaughtExceptionHandler(previousUncaught);
        }
        if (logging != null) {
            logging.close();
            logging = null;
        }
    }

    private static Optional<Image> loadIcon() {
        try (InputStream in = CommonGroundApp.class.getResourceAsStream("/commonground/app/icon.png")) {
            return in == null ? Optional.empty() : Optional.of(new Image(in));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "The window icon could not be read", e);
            return Optional.empty();
        }
    }

    /** The Argon2id cost of new lock and sync keys; a test's subclass makes it cheap. */
    protected PassphraseKeys.Cost passphraseCost() {
        return PassphraseKeys.Cost.DEFAULT;
    }

    /** For tests: syncs as the timer and the folder watch do (queued on the database thread). */
    void syncForTests() {
        autoSync.queue();
    }

    /** For tests: the database, so a test can wait until queued work is done. */
    Database databaseForTests() {
        return database;
    }

    /** For tests: About's data actions, to go on from where a system file chooser would answer. */
    DataSafety dataSafetyForTests() {
        return dataSafety;
    }
}
