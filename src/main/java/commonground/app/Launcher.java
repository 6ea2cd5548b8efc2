package commonground.app;

import javafx.application.Application;

import java.util.List;

/**
 * The entry point. Handles the command-line tasks that need no window, then starts the app.
 * (A plain class, not an {@link Application}, so the app also starts from a plain class path.)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(List.of(args));
        } catch (Options.UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(Options.USAGE);
            return;
        }
        int exit = CommandLineTasks.run(options, System.out, System.err);
        if (exit != CommandLineTasks.NOT_A_TASK) {
            System.exit(exit);
            return;
        }
        // The log starts before JavaFX does, so what JavaFX says while starting goes there too.
        Logging.startEarly(options);
        Application.launch(CommonGroundApp.class, args);
    }
}
