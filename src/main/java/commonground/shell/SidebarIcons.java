package commonground.shell;

import javafx.scene.control.Labeled;
import org.kordamp.ikonli.javafx.FontIcon;


/**
 * The sidebar's icons grow with the text size: each is drawn as large as its entry's text (about
 * 16 px at the normal size, half as large again at 150%), and again when the text size or the icon
 * (the theme button's sun and moon) changes.
 */
final class SidebarIcons {

    /** An icon's size for each pixel of its entry's text. */
    static final double PER_TEXT_PIXEL = 1.0;

    /** The font of the Feather icons, the only icon pack the app ships. */
    static final String ICON_FONT = "FeatherIcons";

    private SidebarIcons() {
    }

    static void scaleWithText(Labeled entry) {
        Runnable fit = () -> {
            if (entry.getGraphic() instanceof FontIcon icon && entry.getFont() != null) {
                // Inline, so the size grows with the text; the icon font is named in the same style, because a
                // style of its own let the entry's font reach the icon and every icon drew as an empty box
                // under a real window (a new FontIcon reports "System" before CSS, so the name is fixed here).
                icon.setStyle("-fx-font-family: '" + ICON_FONT + "'; -fx-icon-size: "
                        + Math.round(entry.getFont().getSize() * PER_TEXT_PIXEL) + "px;");
            }
        };
        entry.fontProperty().addListener(o -> fit.run());
        entry.graphicProperty().addListener(o -> fit.run());
        fit.run();
    }
}
