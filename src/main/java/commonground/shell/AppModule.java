package commonground.shell;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One part of the app that the shell hosts in its sidebar. The shell asks for the view once,
 * the first time the module is shown, and keeps it.
 */
public interface AppModule {

    /** A stable id, used for navigation and remembered state. */
    String id();

    /** The name shown in the sidebar. */
    String title();

    /** The sidebar icon. */
    Ikon icon();

    /** Builds the module's view. Called once, on the JavaFX Application Thread. */
    Node createView();

    /** Called each time the module becomes visible, e.g. to refresh its data. */
    default void onShow() {
    }

    /**
     * Called on the JavaFX thread when a sync brought in another computer's changes while this
     * module is shown: it reads its data again, off the JavaFX thread, keeping the selection and
     * never replacing what the user is typing. By default nothing happens, and what came in shows
     * the next time the module is shown ({@link #onShow()}); a module overrides it once its reload
     * is known to leave a form being filled in alone.
     */
    default void afterSync() {
    }

    /** Called before leaving the module; return false to stay (for example, to finish saving). */
    default boolean canLeave() {
        return true;
    }

    /** Ctrl+N: starts the obvious new thing in this module (a new person, note, check-in...). */
    default void startNew() {
    }

    /** Ctrl+F: moves the focus to this module's search field, where it has one. */
    default void focusSearch() {
    }

    /** True for a module listed in the sidebar's footer (such as Help) rather than with the others. */
    default boolean inSidebarFooter() {
        return false;
    }

    /** Opens what {@code target} names inside the module (such as "note:42"), once it is shown. */
    default void open(String target) {
    }

    /** Called when the app closes, so the module can save what is pending. */
    default void onClose() {
    }

    /**
     * Called when the app locks, after {@link #onClose()} queued what is pending: the module drops
     * every piece of opened (decrypted) text it holds (an open note, list titles, a search, a key
     * shown), keeping only what the user was typing. {@link #onShow()} reads it again after unlocking.
     */
    default void onLock() {
    }
}
