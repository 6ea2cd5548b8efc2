package commonground.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per record (time, level, logger, message), then the failure if there is one. A
 * failure's own message is written only when it is the app's own or SQLite's, since other
 * messages may quote what the user wrote; its class and where it happened are always written.
 */
final class LogFormat extends Formatter {

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder()
                .append(Instant.ofEpochMilli(record.getMillis())).append(' ')
                .append(record.getLevel().getName()).append(' ')
                .append(record.getLoggerName()).append(": ")
                .append(formatMessage(record)).append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            PrintWriter out = new PrintWriter(trace);
            write(record.getThrown(), "", out);
            out.flush();
            line.append(trace);
        }
        return line.toString();
    }

    private static void write(Throwable failure, String prefix, PrintWriter out) {
        out.print(prefix + failure.getClass().getName());
        if (failure.getMessage() != null && mayShowMessage(failure)) {
            out.print(": " + failure.getMessage());
        }
        out.println();
        for (StackTraceElement frame : failure.getStackTrace()) {
            out.println("\tat " + frame);
        }
        if (failure.getCause() != null && failure.getCause() != failure) {
            write(failure.getCause(), "Caused by: ", out);
        }
    }

    /** The app's own messages and SQLite's name no user text; others might. */
    static boolean mayShowMessage(Throwable failure) {
        if (failure.getClass().getName().startsWith("commonground.")) {
            return true;
        }
        for (Class<?> c = failure.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals("java.sql.SQLException")) {
                return true;
            }
        }
        return false;
    }
}
