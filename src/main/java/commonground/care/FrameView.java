package commonground.care;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * A calm page with a few sentences: what the app is, what it is not, and where help is. Shown at
 * first start (until "Don't show this again" is ticked) and again from About and the Help page.
 */
public final class FrameView extends StackPane {

    private final CheckBox dontShowAgain = new CheckBox("Don't show this again");

    /**
     * @param dontShowAgainNow whether the box starts ticked
     * @param onClose          called with the box's state when the page is closed
     * @param openHelp         opens Help and support
     */
    public FrameView(boolean dontShowAgainNow, Consumer<Boolean> onClose, Runnable openHelp) {
        setId("care-frame");
        getStyleClass().add("unlock-page");
        Label title = new Label(AboutThisApp.TITLE);
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE); // the whole title at large text, never "A private place to …"
        VBox card = new VBox(14, title);
        for (String text : AboutThisApp.PARAGRAPHS) {
            Label p = new Label(text);
            p.getStyleClass().add("paragraph");
            p.setWrapText(true);
            p.setMinHeight(Region.USE_PREF_SIZE);
            card.getChildren().add(p);
        }
        Hyperlink help = new Hyperlink("Open Help and support");
        help.setId("care-frame-help");
        dontShowAgain.setId("care-frame-dont-show");
        dontShowAgain.setSelected(dontShowAgainNow);
        Button ok = new Button("Continue");
        ok.setId("care-frame-continue");
        ok.setDefaultButton(true);
        HBox actions = new HBox(16, dontShowAgain, ok);
        actions.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().addAll(help, actions);
        card.getStyleClass().add("unlock-card");
        card.setMaxWidth(560);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        getChildren().add(card);
        ok.setOnAction(e -> onClose.accept(dontShowAgain.isSelected()));
        help.setOnAction(e -> {
            onClose.accept(dontShowAgain.isSelected());
            openHelp.run();
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                onClose.accept(dontShowAgain.isSelected());
                e.consume();
            }
        });
    }
}
