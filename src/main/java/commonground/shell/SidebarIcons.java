package commonground.shell;

import javafx.scene.control.Labeled;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.HashMap;
import java.util.Map;

/**
 * The sidebar's icons grow with the text size: each is drawn as large as its entry's text (about
 * 16 px at the normal size, half as large again at 150%), and again when the text size or the icon
 * (the theme button's sun and moon) changes.
 */
final class SidebarIcons {

    /** An icon's size for each pixel of its entry's text. */
    static final double PER_TEXT_PIXEL = 1.0;

    /** Each icon's own font family, as a new icon has it before any style reaches it. */
    private static final Map<Ikon, String> FAMILIES = new HashMap<>();

    private SidebarIcons() {
    }

    static void scaleWithText(Labeled entry) {
        Runnable fit = () -> {
            if (entry.getGraphic() instanceof FontIcon icon && icon.getIconCode() != null && entry.getFont() != null) {
                String family = FAMILIES.computeIfAbsent(icon.getIconCode(), ikon -> new FontIcon(ikon).getFont().getFamily());
                // Inline, so no stylesheet's fixed size wins over it. The family is named with the size:
                // a style of its own makes the icon take its entry's font, and the icon showed as an empty box.
                icon.setStyle("-fx-font-family: '" + family + "'; -fx-icon-size: "
                        + Math.round(entry.getFont().getSize() * PER_TEXT_PIXEL) + "px;");
            }
        };
        entry.fontProperty().addListener(o -> fit.run());
        entry.graphicProperty().addListener(o -> fit.run());
        fit.run();
    }
}
