package commonground.shell;

import javafx.scene.Parent;

/**
 * The text size as a style on the window's root: the themes size everything in em, so one font
 * size there scales the whole window, the lock screen and the first-start card included. At the
 * normal size the root has no style of its own, which spares the CSS parser at start-up.
 */
public final class TextSize {

    /** The themes' normal font size. */
    static final double BASE_FONT_PX = 14;

    private TextSize() {
    }

    /** "-fx-font-size: 21.0px;" for 150%, nothing for 100%. */
    public static String style(double scale) {
        double px = Math.round(BASE_FONT_PX * scale * 10) / 10.0;
        return scale == 1.0 ? "" : "-fx-font-size: " + px + "px;";
    }

    /** Sets the size on {@code root}, the window's root (what the shell, the lock screen and the cards sit in). */
    public static void apply(Parent root, double scale) {
        root.setStyle(style(scale));
    }
}
