package commonground.care;

import java.util.List;

/** The few sentences that say what the app is, what it is not, and where help is. One wording everywhere. */
public final class AboutThisApp {

    public static final String TITLE = "A private place to practise";

    /** What the app is, what it is not, and where help is; shown at first start, in About and on the Help page. */
    public static final List<String> PARAGRAPHS = List.of(
            "Common Ground is a quiet place to practise connecting with someone who finds feelings hard to "
                    + "share: to notice small signs, to reflect, and to find gentler words. What you write is kept "
                    + "on this computer, and on your other computers only if you choose to sync them through a "
                    + "folder of your own.",
            "It is not therapy, and it cannot help in an emergency. If you or someone else is in danger, "
                    + "please call your local emergency number now.",
            "When things feel heavy, you do not have to carry them alone. Help and support (F1) lists people "
                    + "you can talk to in your country, and a place for the numbers of people you trust.");

    /** The quick keys the Help page lists. */
    public static final String KEYS = "F1 opens this page from anywhere in the app. Ctrl+Shift+H hides the app at "
            + "once: with the passphrase lock on it locks, otherwise it shows a plain page and minimises the "
            + "window, and the app is there again as it was when you bring the window back.";

    private AboutThisApp() {
    }
}
