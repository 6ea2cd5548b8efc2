package commonground.scenarios;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/** The input of a step, by kind: text to write, options to choose from, items to tick. */
final class StepInputs {

    private final DraftEditorFactory drafts;

    StepInputs(DraftEditorFactory drafts) {
        this.drafts = drafts;
    }

    /** The input for {@code step}, kept in step with {@code answer}; null for a teaching step. */
    Node inputFor(Step step, StringProperty answer) {
        return switch (step.kind()) {
            case INFO -> null;
            case REFLECT, PLAN -> textArea(answer, step.kind() == StepKind.PLAN ? "Your next step…" : "Write here…");
            case DRAFT -> drafts.create(answer, "What you might say…");
            case CHOICE -> options(step, answer);
            case CHECKLIST -> checklist(step, answer);
        };
    }

    private static Node textArea(StringProperty answer, String prompt) {
        TextArea area = new TextArea();
        area.setId("answer-text");
        area.setWrapText(true);
        area.setPrefRowCount(5);
        area.setPromptText(prompt);
        area.textProperty().bindBidirectional(answer);
        return area;
    }

    private static Node options(Step step, StringProperty answer) {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(8);
        box.getStyleClass().add("step-options");
        for (int i = 0; i < step.options().size(); i++) {
            String label = step.options().get(i).label();
            RadioButton option = new RadioButton(label);
            option.setId("option-" + i);
            option.setWrapText(true);
            option.setMaxWidth(Region.USE_PREF_SIZE);
            option.setToggleGroup(group);
            option.setSelected(label.equals(answer.get()));
            option.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    answer.set(label);
                }
            });
            box.getChildren().add(option);
        }
        return box;
    }

    private static Node checklist(Step step, StringProperty answer) {
        VBox box = new VBox(8);
        box.getStyleClass().add("step-items");
        List<String> ticked = new ArrayList<>(ChecklistAnswer.ticked(answer.get()));
        for (int i = 0; i < step.items().size(); i++) {
            String item = step.items().get(i);
            CheckBox check = new CheckBox(item);
            check.setId("item-" + i);
            check.setWrapText(true);
            check.setSelected(ticked.contains(item));
            check.selectedProperty().addListener((obs, was, now) -> {
                ticked.remove(item);
                if (now) {
                    ticked.add(item);
                }
                answer.set(ChecklistAnswer.of(step, ticked));
            });
            box.getChildren().add(check);
        }
        return box;
    }
}
