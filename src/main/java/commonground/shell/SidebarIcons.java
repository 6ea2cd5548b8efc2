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

    private SidebarIcons() {
    }

    static void scaleWithText(Labeled entry) {
        Runnable fit = () -> {
            if (entry.getGraphic() instanceof FontIcon icon && entry.getFont() != null) {
                // Sized in code, not by an inline style: under a real window an inline style on the icon let
                // the entry's font reach it, and the icon showed as an empty box. The theme is a user-agent
                // stylesheet and app.css gives sidebar icons no size, so nothing overrides this.
                icon.setIconSize((int) Math.round(entry.getFont().getSize() * PER_TEXT_PIXEL));
            }
        };
        entry.fontProperty().addListener(o -> fit.run());
        entry.graphicProperty().addListener(o -> fit.run());
        fit.run();
    }
}
