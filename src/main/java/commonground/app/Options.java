package commonground.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line. Every option works through {@code mvn javafx:run -Djavafx.args="..."} and
 * through the packaged launcher alike.
 */
public record Options(Optional<Path> dataDir, boolean exitAfterFirstFrame, Optional<Path> checkScenario,
                      Optional<Path> checkPractice,
                      Optional<Path> backup, Optional<Path> restore, boolean check,
                      Optional<Path> exportJson, Optional<Path> importJson, Optional<Path> exportMarkdown,
                      boolean help, boolean version, Optional<Path> syncStart, Optional<Path> syncJoin,
                      Optional<Path> passphraseFile, boolean syncNow) {

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: common-ground [options]",
            "  --data-dir DIR            keep the data in DIR instead of the usual per-user folder",
            "  --exit-after-first-frame  start, log the time to the first frame, and exit",
            "  --check-scenario FILE     check a scenario file and print any problems, without a window",
            "  --check-practice FILE     check a practice conversation file and print any problems, without a window",
            "  --backup FILE             write a checked copy of the data to FILE",
            "  --restore FILE            replace the data with a backup FILE (the current data is backed up first)",
            "  --check                   check the data file's integrity and print what it holds",
            "  --export FILE             write everything to one JSON file",
            "  --import FILE             add what a JSON export holds (nothing is duplicated)",
            "  --export-markdown DIR     write notes and finished walkthroughs as Markdown files in DIR",
            "  --sync-start DIR --passphrase-file FILE",
            "                            start syncing this profile through folder DIR, sharing everything here",
            "                            (FILE's first line is the sync passphrase)",
            "  --sync-join DIR --passphrase-file FILE",
            "                            join the sync in folder DIR, bringing everything in",
            "  --sync-now                exchange changes with the sync folder once",
            "  --version                 print the version",
            "  --help                    show this help");

    /** Thrown for a command line that cannot be understood; the message says what to change. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    public static Options parse(List<String> args) throws UsageException {
        Path dataDir = null;
        Path checkScenario = null;
        Path checkPractice = null;
        Path backup = null;
        Path restore = null;
        boolean check = false;
        Path exportJson = null;
        Path importJson = null;
        Path exportMarkdown = null;
        boolean exitAfterFirstFrame = false;
        boolean help = false;
        boolean version = false;
        Path syncStart = null;
        Path syncJoin = null;
        Path passphraseFile = null;
        boolean syncNow = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, arg));
                case "--check-scenario" -> checkScenario = Path.of(value(args, ++i, arg));
                case "--check-practice" -> checkPractice = Path.of(value(args, ++i, arg));
                case "--backup" -> backup = Path.of(value(args, ++i, arg));
                case "--restore" -> restore = Path.of(value(args, ++i, arg));
                case "--check" -> check = true;
                case "--export" -> exportJson = Path.of(value(args, ++i, arg));
                case "--import" -> importJson = Path.of(value(args, ++i, arg));
                case "--export-markdown" -> exportMarkdown = Path.of(value(args, ++i, arg));
                case "--sync-start" -> syncStart = Path.of(value(args, ++i, arg));
                case "--sync-join" -> syncJoin = Path.of(value(args, ++i, arg));
                case "--passphrase-file" -> passphraseFile = Path.of(value(args, ++i, arg));
                case "--sync-now" -> syncNow = true;
                case "--exit-after-first-frame" -> exitAfterFirstFrame = true;
                case "--help", "-h" -> help = true;
                case "--version" -> version = true;
                default -> {
                    if (arg.startsWith("--data-dir=")) {
                        dataDir = Path.of(nonEmpty(arg.substring("--data-dir=".length()), "--data-dir"));
                    } else {
                        throw new UsageException("Unknown option '" + arg + "'.");
                    }
                }
            }
        }
        if (syncStart != null && syncJoin != null) {
            throw new UsageException("Choose one of --sync-start and --sync-join.");
        }
        if ((syncStart != null || syncJoin != null) && passphraseFile == null) {
            throw new UsageException((syncStart != null ? "--sync-start" : "--sync-join")
                    + " needs --passphrase-file FILE, whose first line is the sync passphrase.");
        }
        if (passphraseFile != null && syncStart == null && syncJoin == null) {
            throw new UsageException("--passphrase-file goes with --sync-start or --sync-join.");
        }
        return new Options(Optional.ofNullable(dataDir), exitAfterFirstFrame, Optional.ofNullable(checkScenario),
                Optional.ofNullable(checkPractice), Optional.ofNullable(backup), Optional.ofNullable(restore), check,
                Optional.ofNullable(exportJson), Optional.ofNullable(importJson), Optional.ofNullable(exportMarkdown),
                help, version, Optional.ofNullable(syncStart), Optional.ofNullable(syncJoin),
                Optional.ofNullable(passphraseFile), syncNow);
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(option + " needs a value.");
        }
        return nonEmpty(args.get(index), option);
    }

    private static String nonEmpty(String value, String option) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException(option + " needs a value.");
        }
        return value;
    }
}
