package commonground.app;

import commonground.content.ContentException;
import commonground.content.Practices;
import commonground.practice.Conversation;
import commonground.practice.ConversationCheck;

import java.io.PrintStream;
import java.nio.file.Path;

/** {@code --check-practice FILE}: checks a practice conversation as an import would; 0 when it is valid. */
final class PracticeCheckTask {

    private PracticeCheckTask() {
    }

    static int run(Path file, PrintStream out, PrintStream err) {
        ConversationCheck check;
        try {
            check = commonground.practice.PracticeLibrary.validatorFor(Practices.load()).checkFile(file);
        } catch (ContentException e) {
            err.println(e.getMessage());
            return CommandLineTasks.FAILED;
        } catch (RuntimeException e) {
            err.println(file + ": could not be checked (" + e.getMessage() + ")");
            return CommandLineTasks.FAILED;
        }
        if (check.valid()) {
            Conversation c = check.conversation().orElseThrow();
            out.println(file + ": valid. \"" + c.title() + "\", version " + c.version() + ", " + c.turns().size()
                    + " turns, " + c.endings().size() + " endings.");
            return 0;
        }
        check.problems().forEach(err::println);
        err.println(check.problems().size() + (check.problems().size() == 1 ? " problem" : " problems")
                + " found; this file would not be imported.");
        return CommandLineTasks.FAILED;
    }
}
