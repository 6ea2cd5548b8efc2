package commonground.privacy;

/** What the privacy screen asks of the app around it. */
public interface LockControl {

    /** Saves what is pending, hides everything and forgets the key until the passphrase is given again. */
    void lockNow();

    /** The lock was turned on or off, or its idle time changed. */
    void lockSettingsChanged(boolean enabled, int autoLockMinutes);
}
