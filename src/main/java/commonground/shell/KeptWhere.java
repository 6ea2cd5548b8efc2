package commonground.shell;

/**
 * Where what the user writes is kept, in words that stay true: on this computer only, or, while
 * sync is on, on their computers and in the folder they chose, encrypted. Home, the sidebar and
 * About say it; {@link ShellModel#syncOnProperty()} says which.
 */
public final class KeptWhere {

    /** The sidebar's line without sync. */
    public static final String SIDEBAR_HERE = "Kept privately on this computer";
    /** The sidebar's line while sync is on. */
    public static final String SIDEBAR_SYNCED = "Kept on your computers, synced only through your folder";
    /** Home's line without sync. */
    public static final String HOME_HERE = "Everything you write here stays on this computer. Nothing is sent anywhere.";
    /** Home's line while sync is on. */
    public static final String HOME_SYNCED = "Everything you write is kept on your computers. Sync goes only through "
            + "the folder you chose, encrypted; nothing is sent anywhere else.";

    private KeptWhere() {
    }

    public static String sidebar(boolean syncOn) {
        return syncOn ? SIDEBAR_SYNCED : SIDEBAR_HERE;
    }

    public static String home(boolean syncOn) {
        return syncOn ? HOME_SYNCED : HOME_HERE;
    }
}
