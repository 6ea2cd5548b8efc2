package commonground.reflection;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.function.IntConsumer;

/** One chosen need in a check-in, with five buttons from 0 (not met at all) to 4 (fully met); none chosen until rated. */
final class NeedRatingRow extends HBox {

    private static final String[] MEANING = {"not at all", "a little", "somewhat", "mostly", "fully"};

    NeedRatingRow(String needId, String name, Integer value, IntConsumer onRate) {
        super(8);
        getStyleClass().addAll("toolbar-row", "need-rating");
        Label label = new Label(name);
        label.setMinWidth(150);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(label, spacer);
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        buttons.getStyleClass().add("rating-buttons");
        for (int r = 0; r <= NeedsCheckIn.MAX_RATING; r++) {
            int rating = r;
            ToggleButton b = new ToggleButton(String.valueOf(r));
            b.setId("rate-" + needId + "-" + r);
            b.setToggleGroup(group);
            b.setSelected(value != null && r == value);
            b.setAccessibleText(name + ": " + MEANING[r]);
            b.setTooltip(new javafx.scene.control.Tooltip(MEANING[r]));
            b.setOnAction(e -> {
                if (!b.isSelected()) {
                    b.setSelected(true);
                }
                onRate.accept(rating);
            });
            buttons.getChildren().add(b);
        }
        getChildren().add(buttons);
    }
}
