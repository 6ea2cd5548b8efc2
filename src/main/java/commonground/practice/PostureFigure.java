package commonground.practice;

import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;

/**
 * A calm, abstract figure whose posture follows the other person's openness: at 0 the head is
 * low and turned away, the shoulders up and the arms folded; at 4 the head is up, the shoulders
 * down and the arms loose and open. Drawn with shapes in theme colours (see practice.css); its
 * accessible text says the posture in words.
 */
final class PostureFigure extends Pane {

    static final double WIDTH = 120;
    static final double HEIGHT = 150;

    private final Circle head = new Circle(15);
    private final Arc body = new Arc();
    private final Line leftArm = new Line();
    private final Line rightArm = new Line();

    PostureFigure(ObservableIntegerValue openness) {
        getStyleClass().add("posture-figure");
        setId("posture-figure");
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        head.getStyleClass().add("figure-head");
        body.getStyleClass().add("figure-body");
        body.setType(ArcType.CHORD);
        for (Line arm : new Line[] {leftArm, rightArm}) {
            arm.getStyleClass().add("figure-arm");
            arm.setStrokeLineCap(StrokeLineCap.ROUND);
            arm.setStrokeWidth(7);
        }
        getChildren().addAll(body, leftArm, rightArm, head);
        setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        pose(openness.get());
        openness.addListener((obs, old, now) -> pose(now.intValue()));
    }

    /** Sets the posture for {@code openness}, 0 (shut) to 4 (at ease). */
    void pose(int openness) {
        double t = Math.max(0, Math.min(4, openness)) / 4.0;
        double cx = WIDTH / 2;
        // The shoulders rise and the head sinks and turns as they close.
        double shoulderY = 88 - 8 * (1 - t);
        head.setCenterX(cx + 12 * (1 - t));
        head.setCenterY(46 + 14 * (1 - t));
        body.setCenterX(cx);
        body.setCenterY(HEIGHT);
        body.setRadiusX(38 - 6 * (1 - t));
        body.setRadiusY(HEIGHT - shoulderY);
        body.setStartAngle(0);
        body.setLength(180);
        // Folded arms cross the chest; open arms hang loose, a little away from the body.
        double chestY = shoulderY + 28;
        double hang = 34 * t;
        leftArm.setStartX(cx - 26);
        leftArm.setStartY(shoulderY + 12);
        leftArm.setEndX(cx + 14 - (40 + 4) * t);
        leftArm.setEndY(chestY + hang);
        rightArm.setStartX(cx + 26);
        rightArm.setStartY(shoulderY + 12);
        rightArm.setEndX(cx - 14 + (40 + 4) * t);
        rightArm.setEndY(chestY + hang);
        setAccessibleText(describe(openness));
        getProperties().put("openness", openness);
    }

    static String describe(int openness) {
        return switch (Math.max(0, Math.min(4, openness))) {
            case 0 -> "Turned away, head down, arms folded tight";
            case 1 -> "Head lowered, shoulders tense, arms folded";
            case 2 -> "Sitting still, guarded";
            case 3 -> "Shoulders easing, looking up now and then";
            default -> "Facing you, shoulders loose, arms open";
        };
    }
}
