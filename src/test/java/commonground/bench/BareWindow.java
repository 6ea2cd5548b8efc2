package commonground.bench;

import commonground.app.FirstFrame;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline for the start-up and memory benchmarks: a bare {@link Label} in a {@link Stage},
 * reporting its first frame the same way the app does, then exiting; with {@code --stay-open} it
 * stays open until closed, as {@code bench/memory.sh} needs. Run by {@code bench/startup.sh}.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The bare JavaFX application. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("Hello"), 400, 300);
            stage.setScene(scene);
            boolean stayOpen = getParameters().getRaw().contains("--stay-open");
            stage.setTitle("Bare window");
            FirstFrame.watch(scene, ms -> {
                System.out.println("first frame after " + ms + " ms");
                if (!stayOpen) {
                    Platform.exit();
                }
            });
            stage.show();
        }
    }
}
