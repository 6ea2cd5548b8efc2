package commonground.shell;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A recovery key or plan copied from the app leaves the clipboard after a minute or on locking, and nothing else does. */
class SecretClipboardTest {

    /** A clipboard in memory. */
    static final class Board implements SecretClipboard.Access {
        String text;

        @Override
        public String getString() {
            return text;
        }

        @Override
        public void putString(String text) {
            this.text = text;
        }

        @Override
        public void clear() {
            text = null;
        }
    }

    final Board board = new Board();
    final ManualPauses pauses = new ManualPauses();
    final SecretClipboard clipboard = new SecretClipboard(board, pauses);

    @Test
    void whatWasCopiedIsTakenOffAfterAboutAMinute() {
        clipboard.copy("ABCD-EFGH");
        pauses.advance(59_000);
        assertEquals("ABCD-EFGH", board.text, "still there to paste for a minute");
        pauses.advance(1_000);
        assertNull(board.text);
    }

    @Test
    void somethingTheUserCopiedSinceIsLeftAlone() {
        clipboard.copy("ABCD-EFGH");
        board.putString("a recipe for soup");
        pauses.advance(60_000);
        assertEquals("a recipe for soup", board.text);
        clipboard.clearNow();
        assertEquals("a recipe for soup", board.text, "nor on locking");
    }

    @Test
    void lockingTakesItOffAtOnce() {
        clipboard.copy("My plan for Sunday");
        clipboard.clearNow();
        assertNull(board.text);
        board.putString("copied later");
        pauses.advance(60_000);
        assertEquals("copied later", board.text, "the minute no longer runs after locking");
    }
}
