package commonground.app;

import commonground.privacy.AutoLock;
import commonground.privacy.LockControl;
import commonground.privacy.PrivacyModule;
import commonground.privacy.PrivacyViewModel;
import commonground.privacy.UnlockView;
import commonground.privacy.UnlockViewModel;
import commonground.storage.LockedException;
import commonground.storage.PrivacyLock;
import javafx.util.Duration;

import commonground.content.ContentException;
import commonground.content.Practices;
import commonground.draft.CoachService;
import commonground.draft.DraftEditor;
import commonground.draft.DraftModule;
import commonground.people.PeopleModule;
import commonground.people.PeopleViewModel;
import commonground.scenarios.DraftEditorFactory;
import commonground.scenarios.ScenarioLibrary;
import commonground.scenarios.ScenariosModule;
import commonground.scenarios.ScenariosViewModel;
import commonground.shell.ActivitySource;
import commonground.shell.AppModule;
import commonground.shell.RecentActivityView;
import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.shell.FxDialogs;
import commonground.shell.HomeModule;
import commonground.shell.LazyModule;
import commonground.shell.Preferences;
import commonground.shell.ShellModel;
import commonground.shell.ShellView;
import commonground.shell.Stylesheets;
import commonground.shell.FxDatabaseThread;
import commonground.shell.Theme;
import commonground.storage.Backups;
import commonground.storage.DataTransfer;
import commonground.storage.Database;
import commonground.draft.DraftRepository;
import commonground.storage.DatabaseOpenException;
import commonground.storage.DatabaseUnavailableException;
import commonground.people.PeopleRepository;
import commonground.scenarios.ScenarioRepository;
import commonground.storage.StorageException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * The composition root: reads the command line, opens the data folder and the database (off the
 * JavaFX thread, while the window is being built), creates the modules and shows the shell.
 */
public final class CommonGroundApp extends Application {

    static final double DEFAULT_WIDTH = 1180;
    static final double DEFAULT_HEIGHT = 760;

    private Options options;
    private Theme theme;
    private Path dataFolder;
    private Preferences preferences;
    private Database database;
    private final java.util.concurrent.CountDownLatch firstFrameShown = new java.util.concurrent.CountDownLatch(1);
    private CompletableFuture<Void> opened;
    private CompletableFuture<Practices> practices;
    private ShellModel shellModel;
    private List<AppModule> modules = List.of();
    private Stage stage;
    private StackPane root;
    private ShellView shellView;
    private Exception startupProblem;
    private InstanceLock instanceLock;
    private DataSafety dataSafety;
    private DatabaseRecovery recovery;
    private DatabaseThread dbThread;
    private PrivacyLock privacyLock;
    private AutoLock autoLock;
    private UnlockViewModel unlockModel;
    /** True from locking until the passphrase is given again. */
    private boolean locked;

    @Override
    public void init() {
        try {
            options = Options.parse(getParameters().getRaw());
            dataFolder = DataFolder.resolve(options.dataDir());
            DataFolder.prepare(dataFolder);
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
        preferences = Preferences.load(dataFolder.resolve("preferences.properties"));
        // Called off the JavaFX thread, this queues the theme's loading there; the thread is idle
        // until start(), so the theme loads while the rest of init() runs.
        theme = Theme.parse(preferences.get("theme", "LIGHT"));
        theme.apply();
        database = Database.at(dataFolder.resolve(Database.FILE_NAME));
        opened = openDatabase();
        practices = CompletableFuture.supplyAsync(() -> {
            try {
                awaitFirstFrame();
                return Practices.load();
            } catch (ContentException e) {
                throw new java.util.concurrent.CompletionException(e);
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
            firstFrameShown.await(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CompletableFuture<Void> openDatabase() {
        return CompletableFuture.runAsync(() -> {
            try {
                awaitFirstFrame();
                database.openNow();
            } catch (DatabaseOpenException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, database.executor());
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        stage.setTitle("Common Ground");
        root = new StackPane();
        root.getStyleClass().add("app-root");
        if (startupProblem != null) {
            Theme.LIGHT.apply();
            root.getChildren().setAll(new StartupProblemView(startupProblem.getMessage(), Platform::exit));
            showStage();
            return;
        }
        Dialogs dialogs = new FxDialogs(() -> stage);
        dbThread = new FxDatabaseThread(database.executor(), this::reportFailure);
        shellModel = new ShellModel();
        privacyLock = new PrivacyLock(database);
        modules = createModules(new ModuleContext(database, dbThread, dialogs, shellModel, practices,
                new PeopleRepository(database), new CoachService(), privacyLock, lockControl()));
        shellModel.setLockAction(this::lockApp);
        shellModel.setModules(modules);
        shellModel.themeProperty().set(theme);
        shellModel.textScaleProperty().set(ShellModel.TEXT_SCALES.get(
                ShellModel.nearestScale(preferences.getDouble("text.scale", 1.0))));
        shellModel.textScaleProperty().addListener((obs, old, now) -> {
            preferences.put("text.scale", now);
            savePreferencesLater();
        });
        shellModel.themeProperty().addListener((obs, old, now) -> {
            now.apply();
            preferences.put("theme", now.name());
            savePreferencesLater();
        });
        dataSafety = new DataSafety(new Backups(database), new DataTransfer(database),
                () -> new MarkdownExport(new commonground.reflection.NoteRepository(database),
                        new ScenarioRepository(database),
                        new ScenarioLibrary(new ScenarioRepository(database), practices::join), practices.join()),
                dbThread, dialogs, () -> stage,
                shellModel.statusProperty()::set, this::afterDataReplaced);
        shellView = new ShellView(shellModel, dataFolder.toString(),
                () -> AboutDialog.show(stage, version(), dataFolder, database.file(), dataSafety));
        recovery = new DatabaseRecovery(database, root, shellModel, this::reportFailure, this::reopened);
        // The lock's state is only known once the file is open; a hint from the last run keeps the
        // first frame from showing the shell when it will be locked.
        if (Boolean.parseBoolean(preferences.get("lock.enabled", "false"))) {
            showUnlock(false);
        } else {
            root.getChildren().setAll(shellView);
        }
        showStage();
        autoLock = new AutoLock(stage.getScene(), this::lockApp);
        opened.whenComplete((ok, error) -> Platform.runLater(() -> {
            if (error != null) {
                recovery.show(unwrap(error));
                return;
            }
            dataSafety.dailyBackup();
            rememberLockHint(database.isLockEnabled());
            if (database.isLockEnabled()) {
                if (!locked) {
                    showUnlock(true);
                }
                unlockModel.readyProperty().set(true);
            } else if (locked) {
                locked = false;
                root.getChildren().setAll(shellView);
            }
        }));
        practices.whenComplete((ok, error) -> Platform.runLater(() -> {
            if (error != null) {
                root.getChildren().setAll(new StartupProblemView(unwrap(error).getMessage(), Platform::exit));
            }
        }));
    }

    /** Everything a module may need, created once here and passed in through constructors. */
    record ModuleContext(Database database, DatabaseThread dbThread, Dialogs dialogs, ShellModel navigator,
                         CompletableFuture<Practices> practices, PeopleRepository people, CoachService coach,
                         PrivacyLock privacyLock, LockControl lockControl) {
    }

    // ---- The passphrase lock ----

    private LockControl lockControl() {
        return new LockControl() {
            @Override
            public void lockNow() {
                lockApp();
            }

            @Override
            public void lockSettingsChanged(boolean enabled, int autoLockMinutes) {
                shellModel.lockAvailableProperty().set(enabled);
                rememberLockHint(enabled);
                autoLock.start(enabled ? Duration.minutes(autoLockMinutes) : Duration.ZERO);
            }
        };
    }

    /**
     * Locks: each module first saves what is pending (queued on the database thread before the key
     * is forgotten), then the window shows only the unlock screen. The modules keep their state, so
     * whatever was being typed is there again after unlocking.
     */
    private void lockApp() {
        if (locked || !database.isLockEnabled()) {
            return;
        }
        for (AppModule module : modules) {
            module.onClose();
        }
        dbThread.run(() -> {
            privacyLock.lock();
            return null;
        }, ok -> { }, error -> { });
        showUnlock(true);
    }

    private void showUnlock(boolean ready) {
        locked = true;
        if (autoLock != null) {
            autoLock.stop();
        }
        unlockModel = new UnlockViewModel(privacyLock, dbThread, this::unlocked);
        unlockModel.readyProperty().set(ready);
        root.getChildren().setAll(new UnlockView(unlockModel));
        shellModel.lockAvailableProperty().set(true);
    }

    private void unlocked() {
        locked = false;
        root.getChildren().setAll(shellView);
        if (!unlockModel.messageProperty().get().isEmpty()) {
            shellModel.statusProperty().set(unlockModel.messageProperty().get());
        }
        shellModel.getSelected().onShow();
        dbThread.run(privacyLock::autoLockMinutes, minutes -> autoLock.start(Duration.minutes(minutes)),
                error -> { });
    }

    /** After a restore or an import: the data may now be locked (or no longer), with another passphrase. */
    private void afterDataReplaced() {
        rememberLockHint(database.isLockEnabled());
        if (database.isLockEnabled() && !database.isOpenForReading()) {
            shellModel.statusProperty().set("The restored data is locked. Its passphrase (the one used when that "
                    + "backup was made) opens it.");
            showUnlock(true);
        } else {
            shellModel.lockAvailableProperty().set(database.isLockEnabled());
            shellModel.getSelected().onShow();
        }
    }

    /** After the recovery screen opened a data file (a backup, or a fresh one). */
    private void reopened() {
        rememberLockHint(database.isLockEnabled());
        if (database.isLockEnabled()) {
            showUnlock(true);
        } else {
            locked = false;
            shellModel.lockAvailableProperty().set(false);
            root.getChildren().setAll(shellView);
            shellModel.getSelected().onShow();
        }
    }

    private void rememberLockHint(boolean enabled) {
        if (preferences != null && Boolean.parseBoolean(preferences.get("lock.enabled", "false")) != enabled) {
            preferences.put("lock.enabled", String.valueOf(enabled));
            savePreferencesLater();
        }
    }

    /** The modules, in sidebar order (Ctrl+1 is the first). */
    private static List<AppModule> createModules(ModuleContext c) {
        List<AppModule> list = new ArrayList<>();
        commonground.cues.CheckInHistoryRepository cueHistory =
                new commonground.cues.CheckInHistoryRepository(c.database());
        List<ActivitySource> activity = RecentActivitySources.of(c.people(), new ScenarioRepository(c.database()),
                cueHistory, new commonground.reflection.NoteRepository(c.database()));
        // The gentle notices beside what the user writes, shared so one choice in Privacy holds everywhere.
        commonground.care.CareNotices care = new commonground.care.CareNotices(
                new commonground.care.CareNoticeRepository(c.database()), c.dbThread(), commonground.care.CrisisLine.NEUTRAL);
        list.add(new HomeModule(c.navigator(), c.practices(), entryPoints(),
                new RecentActivityView(activity, c.dbThread(), c.navigator())));

        // Modules are built when first opened, so the first frame does not wait for them.
        list.add(new LazyModule("scenarios", "Scenarios", Feather.COMPASS, () -> new ScenariosModule(
                new ScenariosViewModel(new ScenarioLibrary(new ScenarioRepository(c.database()), c.practices()::join),
                        new ScenarioRepository(c.database()), c.people(), c.dbThread(), c.dialogs(), c.practices(), care),
                coachedDraftEditor(c.coach()))));

        list.add(new LazyModule("cues", "Cues", Feather.EYE, () -> new commonground.cues.CuesModule(
                new commonground.cues.CuesViewModel(c.people(),
                        new commonground.cues.UserCueRepository(c.database()),
                        new commonground.cues.CheckInRepository(c.database()),
                        cueHistory,
                        new commonground.cues.ComfortMapRepository(c.database()),
                        c.dbThread(), c.dialogs(), c.practices(), care))));

        list.add(new LazyModule("reflection", "Reflection", Feather.FEATHER, () ->
                commonground.reflection.ReflectionModule.create(new commonground.reflection.NoteRepository(c.database()),
                        new commonground.reflection.NoteSearch(c.database()),
                        new commonground.reflection.NeedsRepository(c.database()),
                        c.people(), c.dbThread(), c.dialogs(), care)));

        list.add(new LazyModule("people", "People", Feather.USERS, () ->
                new PeopleModule(new PeopleViewModel(c.people(), c.dbThread(), c.dialogs()))));

        list.add(new LazyModule("draft", "Draft a message", Feather.MESSAGE_CIRCLE, () ->
                new DraftModule(new DraftRepository(c.database()), c.dbThread(), c.coach())));

        list.add(new LazyModule("privacy", "Privacy", Feather.LOCK, () -> new PrivacyModule(
                new PrivacyViewModel(c.privacyLock(), c.dbThread(), c.dialogs(), c.lockControl(), care))));

        return List.copyOf(list);
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

    private static List<HomeModule.EntryPoint> entryPoints() {
        return List.of(
                new HomeModule.EntryPoint("Walk through a situation",
                        "A guided, step-by-step plan for something that is happening now", Feather.COMPASS,
                        "scenarios"),
                new HomeModule.EntryPoint("Note what you noticed",
                        "Small signs from a recent moment together, and a gentle way to respond", Feather.EYE,
                        "cues"),
                new HomeModule.EntryPoint("Write a reflection",
                        "A private page for your own needs, and for grief", Feather.FEATHER, "reflection"),
                new HomeModule.EntryPoint("Draft a message",
                        "Find words that speak of needs, without judgments or demands", Feather.MESSAGE_CIRCLE,
                        "draft"));
    }

    private void showStage() {
        Scene scene = new Scene(root, preferences == null ? DEFAULT_WIDTH : preferences.getDouble("window.width",
                DEFAULT_WIDTH), preferences == null ? DEFAULT_HEIGHT : preferences.getDouble("window.height",
                DEFAULT_HEIGHT));
        scene.getStylesheets().add(Stylesheets.url("/commonground/shell/app.css"));
        stage.setScene(scene);
        restorePlace();
        boolean exitAfterFirstFrame = options != null && options.exitAfterFirstFrame();
        FirstFrame.watch(scene, ms -> {
            System.out.println("first frame after " + ms + " ms");
            firstFrameShown.countDown();
            // The window icon is decoded after the first frame; it is not needed to show the window.
            loadIcon().ifPresent(icon -> stage.getIcons().add(icon));
            if (exitAfterFirstFrame) {
                // Exit once the database has been opened (or refused), so a start-up check covers it.
                (opened == null ? CompletableFuture.completedFuture(null) : opened)
                        .whenComplete((ok, error) -> Platform.runLater(Platform::exit));
            }
        });
        stage.show();
    }

    private void restorePlace() {
        if (preferences == null) {
            stage.sizeToScene();
            stage.centerOnScreen();
            return;
        }
        double x = preferences.getDouble("window.x", Double.NaN);
        double y = preferences.getDouble("window.y", Double.NaN);
        double w = stage.getScene().getWidth();
        double h = stage.getScene().getHeight();
        stage.sizeToScene();
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(w, 1), Math.max(h, 1))).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(Boolean.parseBoolean(preferences.get("window.maximized", "false")));
    }

    private void rememberPlace() {
        if (preferences == null || stage == null || stage.getScene() == null) {
            return;
        }
        preferences.put("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            preferences.put("window.x", stage.getX());
            preferences.put("window.y", stage.getY());
            preferences.put("window.width", stage.getScene().getWidth());
            preferences.put("window.height", stage.getScene().getHeight());
        }
    }

    private void savePreferencesLater() {
        Preferences p = preferences;
        CompletableFuture.runAsync(() -> {
            try {
                p.save();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).exceptionally(e -> {
            Platform.runLater(() -> shellModel.statusProperty().set(
                    "Your display preferences could not be saved: " + e.getMessage()));
            return null;
        });
    }

    private void reportFailure(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof DatabaseOpenException) {
            return; // The problem screen already says it.
        }
        if (cause instanceof DatabaseUnavailableException) {
            return;
        }
        if (cause instanceof LockedException) {
            return; // Work that was under way when the app locked; the unlock screen says what to do.
        }
        if (cause instanceof StorageException se && se.isCorrupt()) {
            recovery.show(new DatabaseOpenException(DatabaseOpenException.Reason.CORRUPT, database.file(),
                    se.getMessage() + " " + database.file(), se));
            return;
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (shellModel != null) {
            shellModel.statusProperty().set(message);
        }
    }

    static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    @Override
    public void stop() {
        for (AppModule module : modules) {
            module.onClose();
        }
        rememberPlace();
        if (preferences != null) {
            try {
                preferences.save();
            } catch (IOException e) {
                System.err.println("Could not save display preferences: " + e.getMessage());
            }
        }
        if (database != null) {
            database.close();
        }
        if (instanceLock != null) {
            instanceLock.close();
            instanceLock = null;
        }
    }

    private static Optional<Image> loadIcon() {
        try (InputStream in = CommonGroundApp.class.getResourceAsStream("/commonground/app/icon.png")) {
            return in == null ? Optional.empty() : Optional.of(new Image(in));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String version() {
        Properties p = new Properties();
        try (InputStream in = CommonGroundApp.class.getResourceAsStream("/commonground/app/app.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Fall back below.
        }
        return p.getProperty("version", "development");
    }

    /** For tests: the database, so a test can wait until queued work is done. */
    Database databaseForTests() {
        return database;
    }

    /** For tests: the data folder in use. */
    Path dataFolderForTests() {
        return dataFolder;
    }
}
