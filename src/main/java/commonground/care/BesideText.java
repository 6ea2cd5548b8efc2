package commonground.care;

import javafx.scene.layout.Region;

/**
 * What someone writes with the gentle notice beside it, never over it: side by side while there
 * is room for both, the notice under the text when there is not (a narrow window, or large text),
 * so the card is never cut at the page's edge with its buttons out of sight.
 */
public final class BesideText extends Region {

    private static final double GAP = 12;
    /** How much of the width the text keeps beside the card, in widths of the card's own minimum. */
    private static final double TEXT_ROOM = 1.5;

    private final Region text;
    private final DistressCard card;

    public BesideText(Region text, DistressCard card) {
        this.text = text;
        this.card = card;
        getStyleClass().add("beside-text");
        getChildren().setAll(text, card);
    }

    /**
     * Its height depends on its width (beside, or under the text), so a box it is in asks for its
     * height at the width it gives: asked without one, it told the height of side by side, and
     * at large text the card under the note was drawn over what follows and past the page's edge.
     */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    /** Whether the card sits beside the text at {@code width} (else under it). */
    public boolean sideBySide(double width) {
        return !card.isManaged() || width >= card.minWidth(-1) * TEXT_ROOM + GAP + cardWidth(width);
    }

    private double cardWidth(double width) {
        return Math.max(card.minWidth(-1), Math.min(card.prefWidth(-1), Math.min(card.maxWidth(-1), width)));
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        if (!card.isManaged()) {
            text.resizeRelocate(x, y, w, h);
        } else if (sideBySide(w)) {
            double cw = cardWidth(w);
            text.resizeRelocate(x, y, w - cw - GAP, h);
            card.resizeRelocate(x + w - cw, y, cw, Math.min(h, card.prefHeight(cw)));
        } else {
            double cw = Math.min(w, card.maxWidth(-1)); // under the text, as wide as it may be, within the page
            double ch = card.prefHeight(cw);
            double th = Math.max(text.minHeight(w), h - ch - GAP);
            text.resizeRelocate(x, y, w, th);
            card.resizeRelocate(x, y + th + GAP, cw, ch);
        }
    }

    @Override
    protected double computeMinWidth(double height) {
        // Never wider than the text needs: under the text, the card takes the width there is and wraps.
        return snappedLeftInset() + text.minWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        double cardPref = card.isManaged() ? card.prefWidth(-1) + GAP : 0;
        return snappedLeftInset() + text.prefWidth(-1) + cardPref + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double asked) {
        double width = asked < 0 && getWidth() > 0 ? getWidth() : asked; // asked without a width: the one it has
        double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        double textMin = text.minHeight(inner);
        if (!card.isManaged()) {
            return snappedTopInset() + textMin + snappedBottomInset();
        }
        double cardHeight = card.prefHeight(inner < 0 ? -1 : cardWidth(inner));
        double need = inner >= 0 && !sideBySide(inner) ? textMin + GAP + cardHeight : Math.max(textMin, cardHeight);
        return snappedTopInset() + need + snappedBottomInset();
    }

    @Override
    protected double computePrefHeight(double asked) {
        double width = asked < 0 && getWidth() > 0 ? getWidth() : asked; // asked without a width: the one it has
        double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        double textPref = text.prefHeight(inner);
        if (!card.isManaged()) {
            return snappedTopInset() + textPref + snappedBottomInset();
        }
        double cardHeight = card.prefHeight(inner < 0 ? -1 : cardWidth(inner));
        double need = inner >= 0 && !sideBySide(inner) ? textPref + GAP + cardHeight : Math.max(textPref, cardHeight);
        return snappedTopInset() + need + snappedBottomInset();
    }

    @Override
    protected double computeMaxWidth(double height) {
        return Double.MAX_VALUE;
    }

    @Override
    protected double computeMaxHeight(double width) {
        return Double.MAX_VALUE;
    }
}
