package commonground.app;

import java.io.PrintStream;

/** The command-line options that do their work and exit without opening a window. */
final class CommandLineTasks {

    /** Returned when the options ask for the window rather than a task. */
    static final int NOT_A_TASK = -1;

    private CommandLineTasks() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        return NOT_A_TASK;
    }
}
