package commonground.care;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Help and support while the app is locked (F1 on the lock screen): the public numbers of the
 * country chosen on the Help page. The user's own people to call are written by them and locked
 * with the rest, so they are shown only once the app is open again; this page says so.
 */
public final class LockedHelpView extends StackPane {

    private final Button close = new Button("Close");

    /**
     * @param country  how to name the country the numbers are for
     * @param lines    its numbers, emergency first
     * @param onClose  called when the page is closed (Close or Esc)
     */
    public LockedHelpView(String country, List<HelpResource> lines, Runnable onClose) {
        setId("locked-help");
        getStyleClass().add("unlock-page");
        Label title = new Label("Help and support");
        title.getStyleClass().add("page-title");
        Label intro = new Label("If you need someone now, these are for " + country + ". The people you added "
                + "yourself are shown once the app is unlocked.");
        intro.getStyleClass().add("paragraph");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        VBox list = new VBox(10);
        if (lines.stream().noneMatch(line -> line.kind() == HelpKind.EMERGENCY)) {
            // As on the Help page: with no number of the country's own, the general one comes first.
            list.getChildren().add(entry(HelpKind.EMERGENCY.heading(), HelpResources.LOCAL_EMERGENCY));
        }
        for (HelpResource line : lines) {
            StringBuilder how = new StringBuilder();
            if (line.hasPhone()) {
                how.append("Call ").append(line.phone());
            }
            if (line.hasText()) {
                how.append(how.length() > 0 ? ". " : "").append("Text ").append(line.text());
            }
            if (how.length() == 0) {
                how.append(line.website());
            }
            if (!line.hours().isEmpty()) {
                how.append(". ").append(line.hours());
            }
            list.getChildren().add(entry(line.name(), how.toString()));
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        close.setId("locked-help-close");
        close.setDefaultButton(true);
        close.setOnAction(e -> onClose.run());
        HBox actions = new HBox(close);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(14, title, intro, scroll, actions);
        card.getStyleClass().addAll("form-card", "unlock-card");
        card.setMaxWidth(600);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        getChildren().add(card);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            }
        });
    }

    private static VBox entry(String title, String how) {
        Label name = new Label(title);
        name.getStyleClass().add("card-title");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        Label detail = new Label(how);
        detail.getStyleClass().add("paragraph");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        VBox entry = new VBox(2, name, detail);
        entry.getStyleClass().add("locked-help-line");
        return entry;
    }

    /** Puts the focus on Close, so Esc and Enter work at once. */
    public void focus() {
        close.requestFocus();
    }
}
