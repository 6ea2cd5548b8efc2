package commonground.scenarios;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

import java.util.List;
import java.util.function.Function;

/** Small practice tags, as shown on scenarios and steps. */
final class Tags {

    private Tags() {
    }

    static FlowPane of(List<String> practiceIds, Function<String, String> nameOf) {
        FlowPane pane = new FlowPane(6, 6);
        pane.getStyleClass().add("practice-tags");
        for (String id : practiceIds) {
            Label tag = new Label(nameOf.apply(id));
            tag.getStyleClass().add("tag");
            pane.getChildren().add(tag);
        }
        return pane;
    }
}
