package commonground.app;

import javafx.application.Platform;
import commonground.storage.FullDisk;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts the whole app over a data folder for TestFX tests, restarts it as a new instance over
 * the same folder, waits for background database work, and reads the database file directly
 * so a test can check what was saved.
 */
public final class AppDriver {

    private final Path dataDir;
    private FastKeysApp app;
    private boolean careFrame;

    public AppDriver(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * Lets the app show its first-start frame (what the app is and is not). Other tests start with
     * it already set aside, as after "Don't show this again", so it does not cover what they click.
     */
    public AppDriver withCareFrame() {
        careFrame = true;
        return this;
    }

    /** Starts a new app instance over the data folder and waits until its first work is done. */
    public AppDriver start() throws Exception {
        Path prefs = dataDir.resolve("preferences.properties");
        if (!careFrame && !java.nio.file.Files.exists(prefs)) {
            java.nio.file.Files.createDirectories(dataDir);
            java.nio.file.Files.writeString(prefs, CareFeature.FRAME_HIDDEN + "=true\n");
        }
        FxToolkit.registerPrimaryStage();
        try {
            app = (FastKeysApp) FxToolkit.setupApplication(FastKeysApp.class,
                    "--data-dir", dataDir.toString());
            settle();
        } catch (Exception | Error e) {
            // Close what was started, so the next test does not click into this app's window.
            try {
                stop();
            } catch (Exception closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return this;
    }

    /** Closes the app the way a user closing the window does (modules save, the database checkpoints). */
    public void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }

    /** Stops this instance and starts a new one over the same data folder. */
    public AppDriver restart() throws Exception {
        stop();
        return start();
    }

    /**
     * Waits until the database thread has done everything queued so far and the JavaFX thread
     * has handled the results (twice, as results often queue more work).
     */
    public void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            if (app != null && app.databaseForTests() != null
                    && !app.databaseForTests().executor().isShutdown()) {
                app.databaseForTests().executor().submit(() -> { }).get(20, TimeUnit.SECONDS);
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /**
     * Like {@link #settle()}, without its fixed pauses: three rounds of the JavaFX thread handling
     * what it has queued and the database thread doing what it has queued, each waited for and no
     * longer. For walks over many screens where the fixed pauses of waitForFxEvents add up.
     */
    public void settleWithoutPauses() throws Exception {
        for (int i = 0; i < 3; i++) {
            onFx(() -> { });
            if (app != null && app.databaseForTests() != null
                    && !app.databaseForTests().executor().isShutdown()) {
                app.databaseForTests().executor().submit(() -> { }).get(20, TimeUnit.SECONDS);
            }
        }
        onFx(() -> { });
    }

    /**
     * Waits until {@code condition} holds (an autosave has landed, a pause has ended and the screen
     * shows its result), then settles. Fails, naming {@code what}, when it does not within 10 s.
     */
    public void settleWhen(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited 10 s for " + what, e);
        }
        settle();
    }

    /** Waits until the one value of {@code sql} is {@code expected} (a save has reached the database). */
    public void settleWhenSaved(Object expected, String sql, Object... args) throws Exception {
        settleWhen(sql + " to give " + expected, () -> {
            Object v = value(sql, args);
            return expected.equals(v instanceof Number n && expected instanceof Long ? n.longValue() : v);
        });
    }

    /** Syncs the way the app's timer and folder watch do, and waits until it and what it led to are done. */
    public void syncAsTheTimerDoes() throws Exception {
        app.syncForTests();
        settle();
    }

    /** Makes the app's database behave as on a full disk, or lifts that (fault tests). */
    public void simulateFullDisk(boolean full) throws Exception {
        app.databaseForTests().executor().submit(() -> FullDisk.simulate(app.databaseForTests(), full))
                .get(10, TimeUnit.SECONDS);
    }

    /**
     * Goes on, on the FX thread, as if the system's file chooser (which a test cannot click) had
     * answered with a file: {@code step} calls what About's button calls next.
     */
    void afterFileChooser(java.util.function.Consumer<DataSafety> step) {
        javafx.application.Platform.runLater(() -> step.accept(app.dataSafetyForTests()));
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path databaseFile() {
        return dataDir.resolve("common-ground.db");
    }

    /** Runs a query against the database file on a separate read-only connection. */
    public List<Map<String, Object>> query(String sql, Object... args) throws SQLException {
        Properties props = new Properties();
        props.setProperty("open_mode", "1");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + databaseFile(), props);
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int col = 1; col <= md.getColumnCount(); col++) {
                        row.put(md.getColumnLabel(col), rs.getObject(col));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** The one value of a single-row, single-column query. */
    public Object value(String sql, Object... args) throws SQLException {
        List<Map<String, Object>> rows = query(sql, args);
        return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
    }

    /** Presses Ctrl (Cmd on macOS) with {@code key}, as a person using the keyboard would. */
    public static void shortcut(org.testfx.api.FxRobot robot, javafx.scene.input.KeyCode key) {
        robot.press(javafx.scene.input.KeyCode.SHORTCUT).press(key).release(key)
                .release(javafx.scene.input.KeyCode.SHORTCUT);
    }

    /** Presses Alt with {@code key}: a button's underlined letter. */
    public static void alt(org.testfx.api.FxRobot robot, javafx.scene.input.KeyCode key) {
        robot.press(javafx.scene.input.KeyCode.ALT).press(key).release(key).release(javafx.scene.input.KeyCode.ALT);
    }

    /** Runs something on the JavaFX thread and waits for it. */
    public static void onFx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, r);
    }

    static {
        Platform.setImplicitExit(false);
    }
}
