package commonground.scenarios;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
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
            pane.getChildren().add(new Tag(nameOf.apply(id)));
        }
        return pane;
    }

    /**
     * Lets each tag wrap onto a second line rather than be wider than {@code width} (a width
     * that does not depend on the tags themselves, such as a scroll pane's viewport).
     */
    static FlowPane fitting(FlowPane pane, ObservableDoubleValue width) {
        for (Node node : pane.getChildren()) {
            if (node instanceof Tag tag) {
                tag.setWrapText(true);
                tag.maxWidthProperty().bind(width);
            }
        }
        return pane;
    }

    /** A tag whose preferred width never exceeds its maximum, so a flow pane can wrap its text. */
    private static final class Tag extends Label {
        Tag(String text) {
            super(text);
            getStyleClass().add("tag");
        }

        @Override
        protected double computePrefWidth(double height) {
            double pref = super.computePrefWidth(height);
            return getMaxWidth() > 0 ? Math.min(pref, getMaxWidth()) : pref;
        }
    }
}
