package commonground.shell;

import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A sidebar entry's icon sized with its text stays in its icon font, in the theme's stylesheet, at
 * the normal and the largest text size and after a theme switch (in the entry's own font the icon
 * showed as an empty box).
 */
class SidebarIconsFontTest {

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void anIconSizedWithItsTextIsDrawnInItsIconFont() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<String> seen = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            Theme.LIGHT.apply();
            ToggleButton entry = new ToggleButton("Home", new FontIcon(Feather.HOME));
            entry.getStyleClass().add("nav-button");
            SidebarIcons.scaleWithText(entry);
            VBox sidebar = new VBox(entry);
            sidebar.getStyleClass().add("sidebar");
            VBox root = new VBox(sidebar);
            Scene scene = new Scene(root, 400, 300);
            scene.getStylesheets().add(SidebarIconsFontTest.class.getResource("app.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            String family = SidebarIcons.ICON_FONT; // a new FontIcon says "System" until CSS reaches it
            for (String size : new String[]{"", "-fx-font-size: 21px;", ""}) {
                root.setStyle(size);
                root.applyCss();
                SidebarIcons.scaleWithText(entry); // sized again once styled, outside a CSS pass
                root.applyCss();
                root.layout();
                FontIcon icon = (FontIcon) entry.getGraphic();
                if (!icon.getFont().getFamily().equals(family)
                        || Math.abs(icon.getFont().getSize() - entry.getFont().getSize()) > 1) {
                    seen.add("'" + size + "': " + icon.getFont() + " for text " + entry.getFont().getSize());
                }
            }
            Theme.DARK.apply();
            entry.setGraphic(new FontIcon(Feather.HOME)); // as the theme button's sun and moon change
            root.applyCss();
            root.setStyle("-fx-font-size: 21px;");
            root.applyCss();
            root.setStyle("");
            root.applyCss();
            if (!((FontIcon) entry.getGraphic()).getFont().getFamily().equals(family)) {
                seen.add("dark: " + ((FontIcon) entry.getGraphic()).getFont());
            }
            Theme.LIGHT.apply();
        }).get();
        assertEquals(List.of(), seen);
    }
}
