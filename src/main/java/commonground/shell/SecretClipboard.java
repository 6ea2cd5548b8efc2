package commonground.shell;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.Duration;

/**
 * Copies private text (a recovery key, a plan from a walk-through) to the clipboard and takes it
 * off again after about a minute, or at once when the app locks, but only while the clipboard
 * still holds exactly what was put there: anything the user copied since is left alone.
 */
public final class SecretClipboard {

    /** How long copied private text stays on the clipboard. */
    public static final Duration KEPT_FOR = Duration.minutes(1);

    /** The clipboard itself, so tests can stand in for the system's. */
    public interface Access {
        String getString();

        void putString(String text);

        void clear();

        /** The system clipboard; used on the JavaFX Application Thread only. */
        static Access system() {
            return new Access() {
                @Override
                public String getString() {
                    Clipboard clipboard = Clipboard.getSystemClipboard();
                    return clipboard.hasString() ? clipboard.getString() : null;
                }

                @Override
                public void putString(String text) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(text);
                    Clipboard.getSystemClipboard().setContent(content);
                }

                @Override
                public void clear() {
                    Clipboard.getSystemClipboard().clear();
                }
            };
        }
    }

    private final Access clipboard;
    private final Pauses.Pause pause;
    /** What was put there, while it may still be there; null otherwise. */
    private String copied;

    public SecretClipboard(Access clipboard, Pauses pauses) {
        this.clipboard = clipboard;
        this.pause = pauses.create(KEPT_FOR, this::clearNow);
    }

    /** The app's: the system clipboard, cleared on the JavaFX pulse. */
    public static SecretClipboard system() {
        return new SecretClipboard(Access.system(), Pauses.fx());
    }

    /** Puts {@code text} on the clipboard, to be taken off again after {@link #KEPT_FOR}. */
    public void copy(String text) {
        clipboard.putString(text);
        copied = text;
        pause.playFromStart();
    }

    /** Takes what was copied off the clipboard now, if it is still there (on locking, and when the minute is up). */
    public void clearNow() {
        pause.stop();
        String ours = copied;
        copied = null;
        if (ours != null && ours.equals(clipboard.getString())) {
            clipboard.clear();
        }
    }
}
