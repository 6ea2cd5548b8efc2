package commonground.practice;

/** What a reply does to the other person's openness: opens them a little, closes them a little, or neither. */
public enum Effect {
    OPENS(1),
    CLOSES(-1),
    NEUTRAL(0);

    private final int shift;

    Effect(int shift) {
        this.shift = shift;
    }

    /** The change in openness: +1, -1 or 0. */
    public int shift() {
        return shift;
    }
}
