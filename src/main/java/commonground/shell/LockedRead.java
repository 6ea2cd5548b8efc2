package commonground.shell;

import commonground.storage.LockedException;

/** Tells a read refused because the app is locked from a read that went wrong. */
public final class LockedRead {

    private LockedRead() {
    }

    /** Whether {@code error} only says that locked text was asked for while the app is locked. */
    public static boolean is(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof LockedException) {
                return true;
            }
        }
        return false;
    }
}
